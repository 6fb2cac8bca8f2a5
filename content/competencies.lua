-- rastro competencies: what the questions of the bundled modules test.
--
-- Each question names the competencies it tests in its `tags`; this file gives
-- each competency the title trainees and organisers read in "My progress" and
-- in reports, in English and Spanish.

return competencies {
  -- The course's twelve competencies, one module each.
  { id = "safe-handling",        title = { en = "Safe handling and evidence", es = "Manipulación segura y manejo de indicios" } },
  { id = "categories-actions",   title = { en = "Categories and actions", es = "Categorías y mecanismos de funcionamiento" } },
  { id = "parts-markings",       title = { en = "Parts and where markings are", es = "Piezas y ubicación de las marcas" } },
  { id = "reading-markings",     title = { en = "Reading markings", es = "Lectura de marcas" } },
  { id = "marking-standards",    title = { en = "Import and proof marks, marking standards", es = "Marcas de importación y de banco de pruebas, normas de marcaje" } },
  { id = "recording",            title = { en = "Recording a firearm", es = "Registro de un arma de fuego" } },
  { id = "trace-request",        title = { en = "The trace request", es = "La solicitud de rastreo" } },
  { id = "tracing-chain",        title = { en = "The tracing chain", es = "La cadena de rastreo" } },
  { id = "records-retention",    title = { en = "Records and retention", es = "Registros y conservación" } },
  { id = "obliterated-serials",  title = { en = "Obliterated serial numbers", es = "Números de serie borrados" } },
  { id = "stockpile-management", title = { en = "Stockpile management and safe storage", es = "Gestión de existencias y almacenamiento seguro" } },
  { id = "surplus-destruction",  title = { en = "Surplus and destruction", es = "Excedentes y destrucción" } },
}
