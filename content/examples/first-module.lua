-- Example from content/README.md: a small module with one page and one question.
-- `make check` lints this file with --strict, so the guide's example always works.
return lesson {
  id = "example-marking",
  version = 1,
  title = { en = "Reading a marking", es = "Leer una marca" },
  summary = {
    en = "Where the serial number is, and why it matters for a trace.",
    es = "Dónde está el número de serie y por qué importa para un rastreo.",
  },
  sources = {
    { key = "T8", text = "ISACS 05.31" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
  },
  pages = {
    page {
      title = { en = "The frame or receiver", es = "El armazón o receptor" },
      text = {
        en = [[
ISACS treats the frame or receiver as the primary reference point for
identifying a firearm.

- Record the serial number from the frame or receiver.
- Photograph every marking.]],
        es = [[
ISACS considera el armazón o receptor como el punto de referencia principal
para identificar un arma de fuego.

- Registre el número de serie del armazón o receptor.
- Fotografíe cada marca.]],
      },
      sources = { "T8" },
    },
  },
  quiz = {
    choice {
      id = "trace-identifiers",
      prompt = {
        en = "What does the success of a trace rely on?",
        es = "¿De qué depende el éxito de un rastreo?",
      },
      options = {
        { en = "The accuracy of the firearm identifiers", es = "La exactitud de los identificadores del arma" },
        { en = "The colour of the firearm", es = "El color del arma" },
        { en = "The number of officers present", es = "El número de agentes presentes" },
      },
      answer = 1,
      explain = {
        en = "The success of a trace relies upon the accuracy of the supplied identifiers.",
        es = "El éxito de un rastreo depende de la exactitud de los identificadores enviados.",
      },
      sources = { "A6" },
    },
    truefalse {
      id = "frame-is-reference",
      prompt = {
        en = "True or false: ISACS treats the frame or receiver as the primary reference point.",
        es = "Verdadero o falso: ISACS considera el armazón o receptor como el punto de referencia principal.",
      },
      answer = true,
      explain = {
        en = "True: the frame or receiver is the primary reference point for identification.",
        es = "Verdadero: el armazón o receptor es el punto de referencia principal para la identificación.",
      },
      sources = { "T8" },
    },
    multi {
      id = "record-from-frame",
      prompt = {
        en = "Which identifiers does a trace need? Tick each.",
        es = "¿Qué identificadores necesita un rastreo? Marque cada uno.",
      },
      options = {
        { en = "Serial number", es = "Número de serie" },
        { en = "Colour of the grip", es = "Color de la empuñadura" },
        { en = "Manufacturer", es = "Fabricante" },
      },
      answers = { 1, 3 },
      explain = {
        en = "Manufacturer, importer (if any), model, calibre and serial number are the minimum.",
        es = "Fabricante, importador (si lo hay), modelo, calibre y número de serie son el mínimo.",
      },
      sources = { "A6" },
    },
    text {
      id = "reference-part",
      prompt = {
        en = "Type the name of the primary reference point for identifying a firearm.",
        es = "Escriba el nombre del punto de referencia principal para identificar un arma de fuego.",
      },
      answers = {
        { en = "frame or receiver", es = "armazón o receptor" },
        { en = "frame", es = "armazón" },
        { en = "receiver", es = "receptor" },
      },
      explain = {
        en = "ISACS treats the frame or receiver as the primary reference point.",
        es = "ISACS considera el armazón o receptor como el punto de referencia principal.",
      },
      sources = { "T8" },
    },
    numeric {
      id = "minimum-identifiers",
      prompt = {
        en = "How many minimum identifiers does a trace list (manufacturer, importer, model, calibre, serial)?",
        es = "¿Cuántos identificadores mínimos enumera un rastreo (fabricante, importador, modelo, calibre, serie)?",
      },
      answer = 5,
      explain = {
        en = "Five: manufacturer, importer (if any), model, calibre and serial number.",
        es = "Cinco: fabricante, importador (si lo hay), modelo, calibre y número de serie.",
      },
      sources = { "A6" },
    },
    serial {
      id = "transcribe-serial",
      prompt = {
        en = "A frame is marked B8O1S5Z2. Type the serial number exactly as marked.",
        es = "Un armazón lleva la marca B8O1S5Z2. Escriba el número de serie tal como está marcado.",
      },
      answer = "B8O1S5Z2",
      explain = {
        en = "Every character counts: the trace relies on the accuracy of the identifiers.",
        es = "Cada carácter cuenta: el rastreo depende de la exactitud de los identificadores.",
      },
      sources = { "A6" },
    },
    order {
      id = "trace-chain",
      prompt = {
        en = "Put the links of the trace chain in order, starting where a trace starts.",
        es = "Ordene los eslabones de la cadena de rastreo, empezando donde empieza un rastreo.",
      },
      items = {
        { en = "Manufacturer or importer", es = "Fabricante o importador" },
        { en = "Wholesaler or distributor", es = "Mayorista o distribuidor" },
        { en = "Retail dealer", es = "Comerciante minorista" },
        { en = "First retail purchaser", es = "Primer comprador minorista" },
      },
      explain = {
        en = "ATF contacts each link in turn until a purchaser is found or records run out.",
        es = "La ATF contacta cada eslabón en orden hasta encontrar al comprador o agotar los registros.",
      },
      sources = { "A6" },
    },
    match {
      id = "identifier-or-not",
      prompt = {
        en = "Match each identifier with where a trace request takes it from.",
        es = "Empareje cada identificador con el lugar de donde lo toma la solicitud de rastreo.",
      },
      pairs = {
        { { en = "Serial number", es = "Número de serie" },
          { en = "The frame or receiver", es = "El armazón o receptor" } },
        { { en = "Importer", es = "Importador" },
          { en = "The import marking, if made outside the US", es = "La marca de importación, si se fabricó fuera de EE. UU." } },
      },
      explain = {
        en = "The serial number is read from the frame or receiver; the importer is required if the firearm was made outside the US.",
        es = "El número de serie se lee del armazón o receptor; el importador es obligatorio si el arma se fabricó fuera de EE. UU.",
      },
      sources = { "A1", "A6" },
    },
  },
}
