-- Module 10 of the course: obliterated serial numbers.
-- Recognise an obliterated serial number, keep the firearm as evidence, photograph it, say so on
-- the trace request and send it to the laboratory. Restoration is the laboratory's task: this
-- module says what a trainee needs to recognise and to read a laboratory report, never how a
-- marking is removed or restored.
return lesson {
  id = "obliterated-serials",
  version = 2,
  title = { en = "Obliterated serial numbers", es = "Números de serie borrados" },
  summary = {
    en = "Recognise an obliterated serial number, preserve the firearm as evidence, photograph it, record it on the trace request and send it to the laboratory.",
    es = "Reconocer un número de serie borrado, preservar el arma como indicio, fotografiarla, indicarlo en la solicitud de rastreo y enviarla al laboratorio.",
  },
  requires = { "reading-markings" },
  sources = {
    { key = "S1", text = "Iowa DCI crime laboratory, serial number restoration (dps.state.ia.us/DCI/lab/firearms/restoration.shtml)" },
    { key = "S2", text = "Review of serial number restoration methods: non-destructive and destructive techniques" },
    { key = "S5", text = "Firearms identification notes (serial number restoration)" },
    { key = "S6", text = "Minnesota Bureau of Criminal Apprehension, Forensic Science Services: serial number restoration (dps.mn.gov)" },
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A8", text = "27 CFR 478.92, as amended in 2022" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "N1", text = "NIJ firearms examiner training, module 15" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80% (the safe-handling question, when drawn,
  -- is critical), in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Why the serial number matters", es = "Por qué importa el número de serie" },
      text = {
        en = [[
A trace starts from the identifiers of the firearm: manufacturer, importer (if any), model,
calibre and serial number. "The success of a trace relies upon the accuracy of the supplied
firearm identifiers."

The serial number that identifies the firearm is the one on the frame or receiver, the primary
reference point. Many pistols repeat it on the slide and barrel, but the frame's is the one that
identifies the firearm.

Serial numbers are obliterated to hide where a firearm came from. In 1999, about 11% of US
traces failed on serial-number problems.]],
        es = [[
Un rastreo parte de los identificadores del arma: fabricante, importador (si lo hay), modelo,
calibre y número de serie. "El éxito de un rastreo depende de la exactitud de los identificadores
del arma que se suministran."

El número de serie que identifica el arma es el del armazón o cajón de mecanismos (receptor), el
punto de referencia principal. Muchas pistolas lo repiten en la corredera y el cañón, pero el del
armazón es el que identifica el arma.

Los números de serie se borran para ocultar la procedencia de un arma. En 1999, cerca del 11 % de
los rastreos en EE. UU. fracasó por problemas del número de serie.]],
      },
      sources = { "A6", "A8", "T8", "S1", "A13" },
    },

    page {
      title = { en = "Recognise it", es = "Reconocerlo" },
      text = {
        en = [[
Look where the serial number should be, on the frame or receiver. An obliterated serial number
usually shows as:

- a bright, ground or filed patch, flatter or lower than the metal around it;
- scratches or scoring across the place of the characters;
- punch marks or other stamps struck over the characters;
- characters that are missing, or only partly readable.

The other markings (maker, model, calibre) are often intact: read and record them as usual.
Serial numbers on polymer (plastic) or wood can be obliterated too.]],
        es = [[
Mire donde debería estar el número de serie, en el armazón o cajón de mecanismos. Un número de
serie borrado suele verse como:

- una zona brillante, esmerilada o limada, más plana o más baja que el metal que la rodea;
- rayas o surcos sobre el lugar de los caracteres;
- marcas de punzón u otros golpes estampados encima de los caracteres;
- caracteres que faltan o que solo se leen en parte.

Las demás marcas (fabricante, modelo, calibre) suelen estar intactas: léalas y regístrelas como
de costumbre. También pueden borrarse números de serie en polímero (plástico) o madera.]],
      },
      image = {
        file = "10-defaced-serial.png",
        caption = {
          en = "A pistol as it may look when recovered (made-up markings)",
          es = "Una pistola tal como puede verse al recuperarla (marcas ficticias)",
        },
        alt = {
          en = "Side view of a grey pistol. The slide on top reads ACME ARMS A9 9mm, intact. On the frame, under the front of the slide, where the serial number is usually marked, there is a bright, scored patch and no character can be read.",
          es = "Vista lateral de una pistola gris. La corredera, arriba, dice ACME ARMS A9 9mm, intacta. En el armazón, bajo la parte delantera de la corredera, donde suele marcarse el número de serie, hay una zona brillante y rayada y no se lee ningún carácter.",
        },
      },
      sources = { "S1", "S2", "S6", "A8", "T8" },
    },

    page {
      title = { en = "Preserve and photograph", es = "Preservar y fotografiar" },
      text = {
        en = [[
!! Safety first: treat the firearm as loaded, check it and render it safe, muzzle in a safe direction.

At a scene, photograph the firearm where it lies before it is touched, and record its condition
while it is made safe. Then:

- photograph the damaged area and every other marking, close up;
- leave the damaged area as it is: do not clean, polish, file or put anything on it to try to
  read it. Restoration is a *laboratory* task, and the laboratory starts by examining what is
  left on the surface;
- package and label the firearm as evidence (indicio), with its chain of custody;
- note any character you can read for certain, and where; never guess one.]],
        es = [[
!! La seguridad primero: trate el arma como cargada, revísela y déjela en condición segura, con la boca del cañón en una dirección segura.

En el lugar de los hechos, fotografíe el arma donde está antes de tocarla y registre su estado
mientras la deja en condición segura. Luego:

- fotografíe de cerca la zona dañada y cada una de las demás marcas;
- deje la zona dañada como está: no la limpie, pula ni lime, ni le aplique nada para intentar
  leerla. La restauración es tarea del *laboratorio*, que empieza por examinar lo que queda en la
  superficie;
- embale y rotule el arma como indicio (elemento material probatorio), con su cadena de custodia;
- anote los caracteres que pueda leer con certeza, y dónde; nunca adivine uno.]],
      },
      sources = { "N2", "N1", "T8", "S1", "S2", "A6" },
    },

    page {
      title = { en = "The trace request and the laboratory", es = "La solicitud de rastreo y el laboratorio" },
      text = {
        en = [[
On the trace request, answer *obliterated: yes*. Enter the other identifiers as read, and any
number found on the slide or barrel as an additional marking, never as the serial number.

Send the firearm to the laboratory. A firearms examiner (perito en balística) can often restore
the number: stamping strains the metal below the characters, and the strain remains after the
surface is removed. The laboratory uses non-destructive methods first (microscope, oblique or
filtered light), then destructive ones (such as chemical etching, the most common). Restored
characters can fade, so they are photographed at once.

! A country without its own restoration capacity needs an agreement with a laboratory that has it.]],
        es = [[
En la solicitud de rastreo, responda *borrado: sí*. Anote los demás identificadores tal como los
leyó, y cualquier número hallado en la corredera o el cañón como marca adicional, nunca como
número de serie.

Envíe el arma al laboratorio. Un perito en balística puede a menudo restaurar el número: el
estampado deforma el metal bajo los caracteres, y esa deformación permanece aunque se retire la
superficie. El laboratorio usa primero métodos no destructivos (microscopio, luz oblicua o
filtrada) y después destructivos (como el ataque químico, el más común). Los caracteres
restaurados pueden desvanecerse, por eso se fotografían de inmediato.

! Un país sin capacidad propia de restauración necesita un acuerdo con un laboratorio que la tenga.]],
      },
      sources = { "A1", "A8", "S1", "S2", "S5" },
    },
  },

  quiz = {
    choice {
      id = "recognise-picture",
      prompt = {
        en = "A pistol is handed in (the markings are made up). What does the frame show under the front of the slide?",
        es = "Se entrega una pistola (las marcas son ficticias). ¿Qué muestra el armazón bajo la parte delantera de la corredera?",
      },
      image = {
        file = "10-defaced-serial.png",
        alt = {
          en = "Side view of a grey pistol. The slide reads ACME ARMS A9 9mm. On the frame, under the front of the slide, there is a bright, scored patch where no character can be read.",
          es = "Vista lateral de una pistola gris. La corredera dice ACME ARMS A9 9mm. En el armazón, bajo la parte delantera de la corredera, hay una zona brillante y rayada donde no se lee ningún carácter.",
        },
      },
      options = {
        { en = "Finish worn away by years of carrying in a holster", es = "Acabado gastado por años de llevarla en una funda" },
        { en = "An obliterated serial number", es = "Un número de serie borrado" },
        { en = "A proof mark stamped by a proof house", es = "Una marca de banco de pruebas" },
        { en = "An import mark added by the importer", es = "Una marca de importación puesta por el importador" },
      },
      answer = 2,
      explain = {
        en = "The place where the serial number belongs, on the frame, is a bright scored patch with no readable character: the serial number has been obliterated. Holster wear is spread over the edges, and proof and import marks are stamped characters you can read.",
        es = "El lugar que corresponde al número de serie, en el armazón, es una zona brillante y rayada sin caracteres legibles: el número de serie fue borrado. El desgaste por funda se reparte por los bordes, y las marcas de banco de pruebas y de importación son caracteres estampados que se leen.",
      },
      sources = { "S1", "S2", "A8" },
      tags = { "obliterated-serials" },
    },

    locate {
      id = "point-at-damage",
      prompt = {
        en = "Point at the place on this pistol that you photograph close up and the laboratory examines.",
        es = "Señale el lugar de esta pistola que usted fotografía de cerca y que examina el laboratorio.",
      },
      image = {
        file = "10-defaced-serial.png",
        alt = {
          en = "Side view of a grey pistol, muzzle to the right. Top: the slide, marked ACME ARMS A9 9mm in the middle. Below it, the frame: at its front end, under the slide and above the trigger guard, a bright scored patch; further back, the grip.",
          es = "Vista lateral de una pistola gris, boca del cañón a la derecha. Arriba, la corredera, con ACME ARMS A9 9mm en el centro. Debajo, el armazón: en su extremo delantero, bajo la corredera y sobre el guardamonte, una zona brillante y rayada; más atrás, la empuñadura.",
        },
      },
      grid = { 8, 6 },
      -- The scored patch on the frame where the serial number was (the picture is 800 x 450).
      regions = { { x = 446, y = 172, w = 166, h = 44 } },
      explain = {
        en = "The scored patch on the frame is where the serial number was: photograph it close up before anything else is done to it, and send the firearm to the laboratory. The slide markings are intact and are recorded as usual.",
        es = "La zona rayada del armazón es donde estaba el número de serie: fotografíela de cerca antes de que se haga nada sobre ella y envíe el arma al laboratorio. Las marcas de la corredera están intactas y se registran como de costumbre.",
      },
      sources = { "T8", "A8", "S1" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "intact-field",
      prompt = {
        en = "This pistol (made-up markings) is to be traced. What do you answer in the \"obliterated\" field of the trace request?",
        es = "Se va a rastrear esta pistola (marcas ficticias). ¿Qué responde en el campo \"borrado\" de la solicitud de rastreo?",
      },
      image = {
        file = "10-intact-serial.png",
        alt = {
          en = "Side view of a grey pistol. The slide reads ACME ARMS A9 9mm. On the frame, under the front of the slide, the serial number AB12345 is stamped and clearly readable.",
          es = "Vista lateral de una pistola gris. La corredera dice ACME ARMS A9 9mm. En el armazón, bajo la parte delantera de la corredera, está estampado el número de serie AB12345, claramente legible.",
        },
      },
      options = {
        { en = "No: the serial number on the frame is readable", es = "No: el número de serie del armazón es legible" },
        { en = "Yes: as a precaution, so the laboratory checks it", es = "Sí: por precaución, para que lo revise el laboratorio" },
        { en = "Leave it empty: it is only for revolvers", es = "Dejarlo vacío: solo es para revólveres" },
      },
      answer = 1,
      explain = {
        en = "The serial number AB12345 is intact on the frame: answer no, and transcribe it exactly. \"Yes\" is for a serial number that has been obliterated; the field applies to every firearm.",
        es = "El número de serie AB12345 está intacto en el armazón: responda no y transcríbalo con exactitud. \"Sí\" corresponde a un número de serie borrado; el campo se aplica a toda arma.",
      },
      sources = { "A1", "A8" },
      tags = { "obliterated-serials" },
    },

    multi {
      id = "signs",
      prompt = {
        en = "Which of these, at the place of the serial number on the frame, are signs that it has been obliterated? Tick each.",
        es = "¿Cuáles de estos signos, en el lugar del número de serie en el armazón, indican que fue borrado? Marque cada uno.",
      },
      options = {
        { en = "A bright, ground or filed patch", es = "Una zona brillante, esmerilada o limada" },
        { en = "Punch marks struck over the characters", es = "Marcas de punzón golpeadas sobre los caracteres" },
        { en = "Small proof stamps beside a readable number", es = "Pequeños sellos de prueba junto a un número legible" },
        { en = "Scoring across the characters, some missing", es = "Surcos sobre los caracteres, algunos faltan" },
        { en = "A different number on the slide", es = "Un número distinto en la corredera" },
      },
      answers = { 1, 2, 4 },
      explain = {
        en = "Grinding, filing, punching and scoring at the serial number's place are the usual signs. Proof stamps beside a readable number are normal markings. A number on the slide that differs from the frame's is recorded as an additional marking; it does not show that the frame's serial number was obliterated: read the frame.",
        es = "El esmerilado, el limado, los punzonazos y los surcos en el lugar del número de serie son los signos habituales. Los sellos de prueba junto a un número legible son marcas normales. Un número de la corredera distinto del del armazón se registra como marca adicional; no demuestra que el número del armazón se borrara: lea el armazón.",
      },
      sources = { "S1", "S2", "A8" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "safety-first",
      prompt = {
        en = "You find a pistol with a ground patch on its frame at a scene. It has been photographed where it lies. What comes next?",
        es = "En el lugar de los hechos encuentra una pistola con una zona esmerilada en el armazón. Ya se fotografió donde está. ¿Qué sigue?",
      },
      options = {
        { en = "Look closely at the patch first, to read what is left of the number", es = "Mirar primero de cerca la zona, para leer lo que queda del número" },
        { en = "Package it at once for the laboratory, exactly as it was found", es = "Embalarla de inmediato para el laboratorio, exactamente como se encontró" },
        { en = "Check it and render it safe, muzzle in a safe direction", es = "Revisarla y dejarla en condición segura, con la boca del cañón en dirección segura" },
      },
      answer = 3,
      explain = {
        en = "Treat every firearm as loaded and render it safe before any other action, recording its condition as you do so. Only then look at the markings and package it for the laboratory.",
        es = "Trate toda arma como cargada y déjela en condición segura antes de cualquier otra acción, registrando su estado mientras lo hace. Solo entonces mire las marcas y embálela para el laboratorio.",
      },
      sources = { "N2", "N1" },
      tags = { "obliterated-serials", "safe-handling" },
      critical = true,
    },

    choice {
      id = "leave-it",
      prompt = {
        en = "The patch still shows faint traces of characters. What do you do with it before the firearm goes to the laboratory?",
        es = "La zona aún muestra rastros débiles de caracteres. ¿Qué hace con ella antes de que el arma vaya al laboratorio?",
      },
      options = {
        { en = "Clean it with solvent so that the traces show better", es = "Limpiarla con solvente para que los rastros se vean mejor" },
        { en = "Polish it lightly to bring the characters up", es = "Pulirla un poco para que aparezcan los caracteres" },
        { en = "Leave it untouched and photograph it", es = "Dejarla intacta y fotografiarla" },
        { en = "Scrub off the rust with a wire brush first", es = "Quitarle antes el óxido con un cepillo de alambre" },
      },
      answer = 3,
      explain = {
        en = "Restoration is a laboratory task, and the laboratory starts with what is left on the surface. Cleaning, polishing or brushing can destroy those traces; a photograph and a note of certain characters keep them on record.",
        es = "La restauración es tarea del laboratorio, que empieza por lo que queda en la superficie. Limpiar, pulir o cepillar puede destruir esos rastros; una fotografía y una nota de los caracteres seguros los dejan registrados.",
      },
      sources = { "S1", "S2", "T8" },
      tags = { "obliterated-serials" },
    },

    order {
      id = "handling-order",
      prompt = {
        en = "A revolver with an obliterated serial number lies at a scene. Put the steps in order.",
        es = "En el lugar de los hechos hay un revólver con el número de serie borrado. Ordene los pasos.",
      },
      items = {
        { en = "Photograph it where it lies", es = "Fotografiarlo donde está" },
        { en = "Render it safe and record its condition", es = "Dejarlo en condición segura y registrar su estado" },
        { en = "Photograph the damaged area and the other markings", es = "Fotografiar la zona dañada y las demás marcas" },
        { en = "Package and label it as evidence", es = "Embalarlo y rotularlo como indicio" },
        { en = "Send it to the laboratory", es = "Enviarlo al laboratorio" },
      },
      explain = {
        en = "Photograph in place before it is touched; make it safe and record its condition; photograph the markings, damaged or not; package it as evidence with its chain of custody; the laboratory restores the number.",
        es = "Se fotografía en el lugar antes de tocarlo; se deja en condición segura registrando su estado; se fotografían las marcas, dañadas o no; se embala como indicio con su cadena de custodia; el laboratorio restaura el número.",
      },
      sources = { "N1", "N2", "T8", "S1" },
      tags = { "obliterated-serials" },
    },

    text {
      id = "who-restores",
      prompt = {
        en = "Who restores an obliterated serial number? Type the answer.",
        es = "¿Quién restaura un número de serie borrado? Escriba la respuesta.",
      },
      answers = {
        { en = "laboratory", es = "laboratorio" },
        { en = "the laboratory", es = "el laboratorio" },
        { en = "crime laboratory", es = "laboratorio forense" },
        { en = "forensic laboratory", es = "laboratorio de criminalística" },
        { en = "lab", es = "perito" },
        { en = "firearms examiner", es = "perito en balística" },
        { en = "examiner", es = "perito balístico" },
        "laboratorio de balística",
        "laboratorio de balística forense",
        "criminalística",
        "crime lab",
        "forensic lab",
        "ballistics laboratory",
        "perita en balística",
        "perito balístico forense",
        "gabinete de balística",
        "laboratorio criminalístico",
      },
      hint = {
        en = "Not the officer who recovers the firearm.",
        es = "No el agente que recupera el arma.",
      },
      explain = {
        en = "Restoration is a laboratory task, done by a firearms examiner (perito en balística).",
        es = "La restauración es tarea del laboratorio, a cargo de un perito en balística.",
      },
      sources = { "S1", "S6" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "slide-number",
      prompt = {
        en = "The frame's serial number is ground away, but the slide carries a readable number. What goes on the trace request?",
        es = "El número de serie del armazón está esmerilado, pero la corredera lleva un número legible. ¿Qué va en la solicitud de rastreo?",
      },
      options = {
        { en = "The slide's number as the serial number, obliterated: no", es = "El número de la corredera como número de serie, borrado: no" },
        { en = "Obliterated: yes; the slide's number as an additional marking", es = "Borrado: sí; el número de la corredera como marca adicional" },
        { en = "Nothing: no request can go until the laboratory restores the frame", es = "Nada: no se envía ninguna solicitud hasta que el laboratorio restaure el armazón" },
      },
      answer = 2,
      explain = {
        en = "The frame or receiver carries the serial number that identifies the firearm; the slide's is a repeat at best. Answer obliterated: yes, and report the slide's number as an additional marking, where it was found.",
        es = "El armazón o cajón de mecanismos lleva el número de serie que identifica el arma; el de la corredera es, como mucho, una repetición. Responda borrado: sí e informe el número de la corredera como marca adicional, indicando dónde se halló.",
      },
      sources = { "A8", "A1", "T8" },
      tags = { "obliterated-serials" },
    },

    multi {
      id = "request-content",
      prompt = {
        en = "A rifle's serial number has been obliterated. What goes on its trace request? Tick each.",
        es = "El número de serie de un fusil fue borrado. ¿Qué va en su solicitud de rastreo? Marque cada uno.",
      },
      options = {
        { en = "Obliterated: yes", es = "Borrado: sí" },
        { en = "Manufacturer, model and calibre, as marked", es = "Fabricante, modelo y calibre, tal como están marcados" },
        { en = "The most likely characters, to give the trace a start", es = "Los caracteres más probables, para dar un inicio al rastreo" },
        { en = "Other markings found, as additional markings", es = "Otras marcas halladas, como marcas adicionales" },
      },
      answers = { 1, 2, 4 },
      explain = {
        en = "Answer obliterated: yes and give every identifier you can read for certain. A guessed serial number sends the trace after another firearm: the success of a trace relies on the accuracy of the identifiers.",
        es = "Responda borrado: sí y dé cada identificador que pueda leer con certeza. Un número de serie adivinado lleva el rastreo hacia otra arma: el éxito de un rastreo depende de la exactitud de los identificadores.",
      },
      sources = { "A1", "A6" },
      tags = { "obliterated-serials" },
    },

    truefalse {
      id = "fading",
      prompt = {
        en = "True or false: characters restored by the laboratory stay visible, so they can be photographed later, when the report is written.",
        es = "Verdadero o falso: los caracteres restaurados por el laboratorio permanecen visibles, así que pueden fotografiarse después, al redactar el informe.",
      },
      answer = false,
      explain = {
        en = "False: restored characters can fade, so they are photographed at once.",
        es = "Falso: los caracteres restaurados pueden desvanecerse, por eso se fotografían de inmediato.",
      },
      sources = { "S5" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "why-restorable",
      prompt = {
        en = "Why can a laboratory often restore a stamped serial number after the surface has been ground away?",
        es = "¿Por qué un laboratorio puede a menudo restaurar un número de serie estampado después de que se esmeriló la superficie?",
      },
      options = {
        { en = "Grinding removes only the paint and finish, never the stamped characters themselves", es = "El esmerilado solo quita la pintura y el acabado, nunca los caracteres estampados" },
        { en = "Stamping strained the metal below the characters, and the strain remains", es = "Al marcarlo se deformó el metal bajo los caracteres, y la deformación permanece" },
        { en = "The maker keeps a mould of every frame it numbers", es = "El fabricante guarda un molde de cada armazón que numera" },
      },
      answer = 2,
      explain = {
        en = "Stamping places the metal under the characters under a lasting strain; the laboratory's methods make that pattern visible again. Grinding does remove the characters from the surface, and makers keep records, not moulds.",
        es = "El estampado deja el metal bajo los caracteres con una deformación permanente; los métodos del laboratorio vuelven a hacer visible ese patrón. El esmerilado sí quita los caracteres de la superficie, y los fabricantes guardan registros, no moldes.",
      },
      sources = { "S1" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "lab-report-order",
      prompt = {
        en = "A laboratory report reads: \"examined under a microscope and oblique light; then chemical etching\". What does a prosecutor conclude about the order?",
        es = "Un informe de laboratorio dice: \"examinado al microscopio y con luz oblicua; después, ataque químico\". ¿Qué concluye un fiscal sobre el orden?",
      },
      options = {
        { en = "It is wrong: the etching should have come first, as the most common method", es = "Es incorrecto: el ataque químico debía ir primero, por ser el más común" },
        { en = "It does not matter: the methods can be used in any order", es = "No importa: los métodos pueden usarse en cualquier orden" },
        { en = "It is right: non-destructive methods come before destructive ones", es = "Es correcto: los métodos no destructivos van antes que los destructivos" },
      },
      answer = 3,
      explain = {
        en = "Non-destructive examination (microscope, oblique or filtered light) comes first; destructive methods such as chemical etching, the most common, come after, since they change the surface for good.",
        es = "El examen no destructivo (microscopio, luz oblicua o filtrada) va primero; los métodos destructivos, como el ataque químico, el más común, van después, porque cambian la superficie para siempre.",
      },
      sources = { "S2" },
      tags = { "obliterated-serials" },
    },

    truefalse {
      id = "polymer",
      prompt = {
        en = "True or false: a pistol with an obliterated serial number on a polymer (plastic) frame need not go to the laboratory, since only metal can be examined.",
        es = "Verdadero o falso: una pistola con el número de serie borrado en un armazón de polímero (plástico) no necesita ir al laboratorio, porque solo se puede examinar el metal.",
      },
      answer = false,
      explain = {
        en = "False: examiners also have procedures for obliterations on wood and plastic surfaces. Send it to the laboratory like any other.",
        es = "Falso: los peritos también tienen procedimientos para borrados en superficies de madera y plástico. Envíela al laboratorio como cualquier otra.",
      },
      sources = { "S6" },
      tags = { "obliterated-serials" },
    },

    match {
      id = "situations",
      prompt = {
        en = "Match each situation with what you do.",
        es = "Empareje cada situación con lo que usted hace.",
      },
      pairs = {
        { { en = "Serial number readable on the frame", es = "Número de serie legible en el armazón" },
          { en = "Transcribe it exactly; obliterated: no", es = "Transcribirlo con exactitud; borrado: no" } },
        { { en = "Frame ground, a number on the slide", es = "Armazón esmerilado, un número en la corredera" },
          { en = "Obliterated: yes; the slide's number as an additional marking", es = "Borrado: sí; el número de la corredera como marca adicional" } },
        { { en = "Some characters still readable", es = "Algunos caracteres aún legibles" },
          { en = "Photograph; note only the certain ones; to the laboratory", es = "Fotografiar; anotar solo los seguros; al laboratorio" } },
        { { en = "Characters restored by the laboratory", es = "Caracteres restaurados por el laboratorio" },
          { en = "Photographed at once, before they fade", es = "Se fotografían de inmediato, antes de que se desvanezcan" } },
      },
      explain = {
        en = "A readable serial number is transcribed exactly. When it is obliterated, the request says so, other numbers go in as additional markings, only certain characters are noted, and the laboratory photographs restored characters at once.",
        es = "Un número de serie legible se transcribe con exactitud. Si está borrado, la solicitud lo indica, los otros números van como marcas adicionales, solo se anotan los caracteres seguros y el laboratorio fotografía de inmediato los caracteres restaurados.",
      },
      sources = { "A1", "A6", "A8", "S5" },
      tags = { "obliterated-serials" },
    },

    truefalse {
      id = "obliteration-tells",
      prompt = {
        en = "True or false: an obliterated serial number is itself worth recording for the investigation, since serial numbers are obliterated to hide where a firearm came from.",
        es = "Verdadero o falso: un número de serie borrado merece registrarse por sí mismo para la investigación, porque los números de serie se borran para ocultar la procedencia de un arma.",
      },
      answer = true,
      explain = {
        en = "True: the obliteration is a fact of the case. Record it (obliterated: yes), photograph it and send the firearm to the laboratory; a restored number can still be traced.",
        es = "Verdadero: el borrado es un hecho del caso. Regístrelo (borrado: sí), fotografíelo y envíe el arma al laboratorio; un número restaurado todavía puede rastrearse.",
      },
      sources = { "S1", "A1" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "no-laboratory",
      prompt = {
        en = "Your country has no laboratory that restores serial numbers. What gives it that capacity?",
        es = "Su país no tiene un laboratorio que restaure números de serie. ¿Qué le da esa capacidad?",
      },
      options = {
        { en = "Training patrol officers to do the laboratory's work at the station", es = "Capacitar a los patrulleros para hacer en la comisaría el trabajo del laboratorio" },
        { en = "An agreement with a laboratory that has it", es = "Un acuerdo con un laboratorio que la tenga" },
        { en = "Tracing only the firearms whose serial number is intact", es = "Rastrear solo las armas cuyo número de serie esté intacto" },
      },
      answer = 2,
      explain = {
        en = "Restoration is a laboratory task: a country has the capacity in its own laboratory or through an agreement with one. Leaving these firearms untraced loses the leads they hold.",
        es = "La restauración es tarea del laboratorio: un país tiene la capacidad en su propio laboratorio o mediante un acuerdo con uno. Dejar estas armas sin rastrear pierde las pistas que contienen.",
      },
      sources = { "S1", "S6" },
      tags = { "obliterated-serials" },
    },

    choice {
      id = "photo-why",
      prompt = {
        en = "Why photograph the damaged area before the firearm goes to the laboratory?",
        es = "¿Por qué fotografiar la zona dañada antes de que el arma vaya al laboratorio?",
      },
      options = {
        { en = "The trace request cannot be sent without a photograph of the damage", es = "La solicitud de rastreo no puede enviarse sin una fotografía del daño" },
        { en = "It keeps the area as recovered, before methods that change it", es = "Conserva la zona tal como se recuperó, antes de métodos que la cambian" },
        { en = "With the photograph, the laboratory can skip its own examination", es = "Con la fotografía, el laboratorio puede omitir su propio examen" },
      },
      answer = 2,
      explain = {
        en = "Markings are photographed, and destructive laboratory methods change the surface for good: the photograph keeps the state in which the firearm was recovered. It replaces neither the laboratory's examination nor the request's fields.",
        es = "Las marcas se fotografían, y los métodos destructivos del laboratorio cambian la superficie para siempre: la fotografía conserva el estado en que se recuperó el arma. No sustituye el examen del laboratorio ni los campos de la solicitud.",
      },
      sources = { "T8", "S2" },
      tags = { "obliterated-serials" },
    },

    text {
      id = "field-answer",
      prompt = {
        en = "A frame's serial number has been filed away. Type what you answer in the \"obliterated\" field of the trace request.",
        es = "El número de serie de un armazón fue limado. Escriba lo que responde en el campo \"borrado\" de la solicitud de rastreo.",
      },
      answers = {
        { en = "yes", es = "sí" },
        { en = "y", es = "s" },
        "si",
        "obliterated",
        "borrado",
        "yes, obliterated",
        "obliterated: yes",
        "sí, borrado",
        "borrado: sí",
      },
      explain = {
        en = "Yes: the trace request asks whether the serial number is obliterated.",
        es = "Sí: la solicitud de rastreo pregunta si el número de serie está borrado.",
      },
      sources = { "A1" },
      tags = { "obliterated-serials" },
    },
  },
}
