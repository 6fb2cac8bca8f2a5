-- Example from content/README.md ("Questions"): one question of each classic type, with hints,
-- pictures, a place to point at, and competency tags, taken as practice with a second try.
-- Facts: rastro's sourced domain facts, keys A1, A5, A6, A8, A13, A17, T8 and U1.
-- Scope: identification, records and tracing only.
return lesson {
  id = "example-question-types",
  version = 1,
  title = { en = "Identifiers for a trace", es = "Identificadores para un rastreo" },
  summary = {
    en = "Where identifiers are marked, which ones a trace request needs, and how traces end.",
    es = "Dónde se marcan los identificadores, cuáles necesita una solicitud de rastreo y cómo terminan los rastreos.",
  },
  sources = {
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A8", text = "27 CFR 478.92" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "U1", text = "UNODC Education for Justice, firearms module 2, common firearm types" },
  },

  -- Practice (the default mode), made explicit: one more try after a wrong answer, costing half
  -- the marks; a hint costs a quarter of them.
  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },

  quiz = {
    choice {
      id = "serial-location",
      prompt = {
        en = "Under US rules, where must the serial number of a firearm be marked?",
        es = "Según las normas de EE. UU., ¿dónde debe marcarse el número de serie de un arma de fuego?",
      },
      options = {
        { en = "On the frame or receiver", es = "En el armazón o receptor" },
        { en = "On the barrel, beside the calibre", es = "En el cañón, junto al calibre" },
        { en = "On the slide, where it is easiest to read", es = "En la corredera, donde es más fácil de leer" },
      },
      answer = 1,
      hint = {
        en = "It is the part ISACS treats as the primary reference point.",
        es = "Es la parte que ISACS considera el punto de referencia principal.",
      },
      image = {
        file = "pistol-plain.png",
        caption = { en = "A pistol seen from the side", es = "Una pistola vista de lado" },
        alt = {
          en = "Side view of a pistol without labels: the slide on top, the frame with the grip and trigger guard below, the muzzle in front.",
          es = "Vista lateral de una pistola sin rótulos: la corredera arriba, el armazón con la empuñadura y el guardamonte abajo, la boca del cañón delante.",
        },
      },
      explain = {
        en = "The serial number, with the maker's or importer's name, must be on the frame or receiver; model and calibre may be there or on the barrel or a pistol's slide, where many pistols also repeat the serial number.",
        es = "El número de serie, con el nombre del fabricante o importador, debe estar en el armazón o receptor; el modelo y el calibre pueden ir allí o en el cañón o la corredera de una pistola, donde muchas pistolas repiten además el número de serie.",
      },
      sources = { "A8", "T8" },
      tags = { "marking" },
    },

    multi {
      id = "required-fields",
      prompt = {
        en = "Which of these are required firearm fields of the ATF trace request form? Tick each.",
        es = "¿Cuáles de estos son campos obligatorios del arma en el formulario de solicitud de rastreo de la ATF? Marque cada uno.",
      },
      options = {
        { en = "Serial number", es = "Número de serie" },
        { en = "Calibre", es = "Calibre" },
        { en = "Colour of the finish", es = "Color del acabado" },
        { en = "Country of origin", es = "País de origen" },
      },
      answers = { 1, 2, 4 },
      explain = {
        en = "Required: serial number, type, calibre, manufacturer, model, country of origin, and the importer if the firearm was made outside the US. Colour is not one of them.",
        es = "Obligatorios: número de serie, tipo, calibre, fabricante, modelo, país de origen y el importador si el arma se fabricó fuera de EE. UU. El color no es uno de ellos.",
      },
      sources = { "A1" },
      tags = { "tracing" },
    },

    truefalse {
      id = "duplicate-serials",
      prompt = {
        en = "True or false: a serial number alone always identifies a single firearm.",
        es = "Verdadero o falso: el número de serie por sí solo siempre identifica una sola arma de fuego.",
      },
      answer = false,
      explain = {
        en = "False: duplicate serial numbers occur on different firearms of the same make. Do not confuse model or patent numbers with serial numbers either.",
        es = "Falso: hay números de serie duplicados en armas distintas de la misma marca. Tampoco confunda los números de modelo o de patente con números de serie.",
      },
      sources = { "A17" },
      tags = { "marking" },
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
        { en = "receiver or frame", es = "cajón de mecanismos" },
        "armazón o cajón de mecanismos", "caja de mecanismos", "cajón",
      },
      hint = {
        en = "In the US the serial number is marked on it.",
        es = "En EE. UU. el número de serie se marca en esta parte.",
      },
      explain = {
        en = "ISACS treats the frame or receiver as the primary reference point.",
        es = "ISACS considera el armazón o receptor como el punto de referencia principal.",
      },
      sources = { "T8", "A8" },
      tags = { "marking" },
    },

    numeric {
      id = "traces-reaching-purchaser",
      prompt = {
        en = "In 1999, what share of the 164,137 traces reached the first retail purchaser?",
        es = "En 1999, ¿qué proporción de los 164.137 rastreos llegó al primer comprador minorista?",
      },
      answer = 52,
      tolerance = 2,
      unit = "%",
      explain = {
        en = "52%. About 10% failed because the firearm was made before 1968, about 11% on serial-number problems, most others on form errors or dealer records.",
        es = "52 %. Cerca del 10 % fracasó porque el arma se fabricó antes de 1968, cerca del 11 % por problemas del número de serie y la mayoría de los demás por errores del formulario o de los registros del comerciante.",
      },
      sources = { "A13" },
      tags = { "tracing" },
    },

    serial {
      id = "transcribe-serial",
      prompt = {
        en = "A frame is marked B8O1S5Z2. Type the serial number exactly as marked.",
        es = "Un armazón lleva la marca B8O1S5Z2. Escriba el número de serie tal como está marcado.",
      },
      answer = "B8O1S5Z2",
      explain = {
        en = "Every character counts: the success of a trace relies on the accuracy of the identifiers.",
        es = "Cada carácter cuenta: el éxito de un rastreo depende de la exactitud de los identificadores.",
      },
      sources = { "A6" },
      tags = { "marking", "tracing" },
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
        en = "Each link is contacted in turn until a purchaser is found or records run out.",
        es = "Se contacta cada eslabón en orden hasta encontrar al comprador o agotar los registros.",
      },
      sources = { "A6" },
      tags = { "tracing" },
    },

    match {
      id = "categories",
      prompt = {
        en = "Match each category with its feature.",
        es = "Empareje cada categoría con su característica.",
      },
      pairs = {
        { { en = "Pistol", es = "Pistola" },
          { en = "Chamber integral with the barrel", es = "Recámara integrada en el cañón" } },
        { { en = "Revolver", es = "Revólver" },
          { en = "A cylinder of chambers", es = "Un cilindro de recámaras" } },
        { { en = "Rifle", es = "Rifle (fusil)" },
          { en = "Shoulder-fired, rifled bore", es = "Se dispara desde el hombro, ánima rayada" } },
        { { en = "Shotgun", es = "Escopeta" },
          { en = "Shoulder-fired, smooth bore", es = "Se dispara desde el hombro, ánima lisa" } },
      },
      explain = {
        en = "Pistols have the chamber integral with the barrel, revolvers a chambered cylinder; rifles and shotguns are shoulder-fired, with a rifled or a smooth bore.",
        es = "Las pistolas tienen la recámara integrada en el cañón y los revólveres un cilindro con recámaras; rifles y escopetas se disparan desde el hombro, con ánima rayada o lisa.",
      },
      sources = { "A5", "U1" },
      tags = { "identification" },
    },

    locate {
      id = "serial-place",
      prompt = {
        en = "Point at the part of this pistol that carries the serial number identifying it.",
        es = "Señale la pieza de esta pistola que lleva el número de serie que la identifica.",
      },
      image = {
        file = "pistol-plain.png",
        alt = {
          en = "Side view of a pistol without labels: the slide on top, the frame with the grip and trigger guard below.",
          es = "Vista lateral de una pistola sin rótulos: la corredera arriba, el armazón con la empuñadura y el guardamonte abajo.",
        },
      },
      grid = { 8, 6 },
      -- The frame, anywhere on it: under the slide, round the trigger guard, the grip (in the
      -- picture's pixels: it is 800 x 450).
      regions = {
        { x = 147, y = 165, w = 477, h = 56 },
        { x = 172, y = 221, w = 263, h = 72 },
        { x = 161, y = 293, w = 170, h = 102 },
      },
      explain = {
        en = "The frame or receiver, the reference point, carries the serial number that identifies the firearm; many pistols repeat it on the slide and the barrel.",
        es = "El armazón o receptor, el punto de referencia, lleva el número de serie que identifica el arma; muchas pistolas lo repiten en la corredera y el cañón.",
      },
      sources = { "A8", "T8" },
      tags = { "marking" },
    },
  },
}
