-- Example: the competencies the example modules' questions name in their tags, each with the
-- title shown for it in "My progress" and in reports.

return competencies {
  { id = "identification", title = { en = "Identification", es = "Identificación" } },
  { id = "marking",        title = { en = "Marking",        es = "Marcaje" } },
  { id = "records",        title = { en = "Records",        es = "Registros" } },
  { id = "safe-handling",  title = { en = "Safe handling",  es = "Manipulación segura" } },
  { id = "scene",          title = { en = "At the scene",   es = "En el lugar del hecho" } },
  { id = "tracing",        title = { en = "Tracing",        es = "Rastreo" } },
}
