-- rastro course, module 6: recording a firearm
-- (es: "Registro de un arma de fuego").
--
-- Facts from rastro's sourced domain facts (/work/shared/domain.md); the keys in
-- `sources` name the published sources. Pictures: assets/06-frame-panel.png
-- (800 x 320) and assets/06-serial-places.png (800 x 450), drawn in
-- assets/src/06-*.svg, whose opening comments list the regions used below.
-- Makers, numbers and marks in the pictures and exercises are made up.
--
-- Scope: photographing, making safe as far as recording needs, transcribing and
-- checking identifiers. An obliterated serial number is only recognised,
-- preserved, photographed and sent to the laboratory.

local CONFUSABLE = { "O", "0", "I", "1", "S", "5", "B", "8", "Z", "2", "G", "6" }
local PLAIN = { "A", "C", "D", "E", "F", "H", "K", "M", "N", "P", "R", "T", "3", "4", "7", "9" }

local function frame_panel()
  return {
    file = "06-frame-panel.png",
    caption = {
      en = "The side of a pistol frame, enlarged (fictional marks)",
      es = "El costado del armazón de una pistola, ampliado (marcas ficticias)",
    },
    alt = {
      en = "A grey metal plate. Top left: MOD 92S0. Top right: PAT. 4518021. In the middle, "
        .. "large: K, S, zero, eight, letter O, B, two, one (KS08OB21). Bottom left: ACME ARMS "
        .. "RURITANIA.",
      es = "Una placa de metal gris. Arriba a la izquierda: MOD 92S0. Arriba a la derecha: "
        .. "PAT. 4518021. En el centro, en grande: K, S, cero, ocho, letra O, B, dos, uno "
        .. "(KS08OB21). Abajo a la izquierda: ACME ARMS RURITANIA.",
    },
  }
end

local function serial_places()
  return {
    file = "06-serial-places.png",
    caption = {
      en = "A pistol, left side, muzzle to the right (no labels)",
      es = "Una pistola, lado izquierdo, boca del cañón a la derecha (sin rótulos)",
    },
    alt = {
      en = "A pistol seen from its left side, muzzle to the right. The same number, KS08OB21, "
        .. "is marked in three places: on the rear half of the slide; on the barrel, seen "
        .. "through the ejection port in the front half of the top of the slide; and on the "
        .. "frame, just under the front half of the slide, above the trigger guard.",
      es = "Una pistola vista desde su lado izquierdo, boca del cañón a la derecha. El mismo "
        .. "número, KS08OB21, está marcado en tres lugares: en la mitad trasera de la "
        .. "corredera; en el cañón, visto por la ventana de expulsión en la mitad delantera de "
        .. "la parte alta de la corredera; y en el armazón, justo debajo de la mitad delantera "
        .. "de la corredera, sobre el guardamonte.",
    },
  }
end

return lesson {
  id = "recording",
  version = 2,
  title = { en = "Recording a firearm", es = "Registro de un arma de fuego" },
  summary = {
    en = "Photograph first, record the condition while making safe, transcribe every marking "
      .. "exactly, collect the identifiers a trace needs and check them in the IFRT.",
    es = "Fotografiar primero, registrar el estado al dejar el arma en condición segura, "
      .. "transcribir cada marca con exactitud, reunir los identificadores que necesita un "
      .. "rastreo y comprobarlos en la IFRT.",
  },
  requires = { "reading-markings" },
  sources = {
    { key = "N1", text = "NIJ firearms examiner training, module 15" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "A8", text = "27 CFR 478.92, as amended in 2022" },
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "I1", text = "interpol.int, INTERPOL Firearms Reference Table" },
    { key = "S1", text = "Iowa DCI crime lab, serial number restoration" },
    { key = "S5", text = "Firearms identification notes (restoration)" },
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
  },
  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Before anything is written", es = "Antes de escribir nada" },
      text = {
        en = [[
!! Treat every firearm as loaded. Never pick one up by pushing a pencil or
any other object into the barrel.

At a scene the record starts before anyone touches the firearm:

- photograph it where it lies, before it is touched;
- while it is made safe, record its condition: the position of the hammer
  and of the safety, whether there is a round in the chamber, the magazine,
  and which chambers of a cylinder are loaded;
- package the ammunition removed separately and label it to the firearm.

If in doubt about unloading it, call a firearms instructor, armourer or
examiner.]],
        es = [[
!! Trate toda arma como cargada. Nunca la levante introduciendo un lápiz u
otro objeto en el cañón.

En el lugar de los hechos el registro empieza antes de que nadie toque el arma:

- fotografíela donde está, antes de tocarla;
- mientras se deja en condición segura, registre su estado: la posición del
  martillo y del seguro, si hay un cartucho en la recámara, el cargador, y qué
  recámaras del tambor están cargadas;
- embale por separado la munición retirada y rotúlela con referencia al arma.

Si duda de cómo descargarla, llame a un instructor de armas, un armero o un
perito en balística.]],
      },
      sources = { "N1", "N2", "A17" },
    },

    page {
      title = { en = "Exact transcription", es = "Transcripción exacta" },
      text = {
        en = [[
"The success of a trace relies upon the accuracy of the supplied firearm
identifiers." Copy each marking character by character, as marked:

- do not correct, complete or reorder it;
- watch the characters that look alike on stamped metal: O and 0, I and 1,
  S and 5, B and 8, Z and 2, G and 6;
- photograph every marking, close up, so that a reader can check you.

In 1999 about 11% of US traces failed on serial-number problems.

! When one character could be read two ways, write down what you see, say
that it is doubtful, and keep the close-up photograph with the record.]],
        es = [[
"El éxito de un rastreo depende de la exactitud de los identificadores del
arma que se envían." Copie cada marca carácter por carácter, tal como está
marcada:

- no la corrija, complete ni reordene;
- cuidado con los caracteres que se parecen en el metal estampado: O y 0,
  I y 1, S y 5, B y 8, Z y 2, G y 6;
- fotografíe cada marca, de cerca, para que otro lector pueda comprobarla.

En 1999 cerca del 11% de los rastreos de EE. UU. fracasó por problemas con el
número de serie.

! Cuando un carácter admite dos lecturas, anote lo que ve, indique que es
dudoso y guarde la fotografía de cerca con el registro.]],
      },
      image = frame_panel(),
      sources = { "A6", "T8", "A13" },
    },

    page {
      title = { en = "Which number is the serial?", es = "¿Cuál número es el de serie?" },
      text = {
        en = [[
A firearm may carry several numbers. ISACS 05.31 treats the frame or
receiver as the primary reference point for identification.

- Many pistols repeat the serial number on the slide and the barrel: the one
  on the frame or receiver identifies the firearm.
- Do not confuse model numbers (MOD) or patent numbers (PAT.) with the
  serial number.
- Duplicate serial numbers occur on different firearms of the same make:
  the serial number alone is not enough; record the maker and the model with
  it.

Record the others too: ISACS 05.31 asks for the proof marks and the assembly
and patent numbers as well.]],
        es = [[
Un arma puede llevar varios números. ISACS 05.31 considera el armazón o cajón
de mecanismos (receptor) como el punto de referencia principal para la
identificación.

- Muchas pistolas repiten el número de serie en la corredera y en el cañón: el
  del armazón o cajón de mecanismos es el que identifica el arma.
- No confunda los números de modelo (MOD) ni los de patente (PAT.) con el
  número de serie.
- Hay números de serie duplicados en armas distintas de la misma marca: el
  número de serie solo no basta; registre con él el fabricante y el modelo.

Registre también los demás: ISACS 05.31 pide además las marcas de prueba y los
números de ensamble y de patente.]],
      },
      image = serial_places(),
      sources = { "T8", "A8", "A17" },
    },

    page {
      title = { en = "The identifiers a trace needs", es = "Los identificadores que necesita un rastreo" },
      text = {
        en = [[
The minimum identifiers for a trace are:

- manufacturer;
- importer, if there is one;
- model;
- calibre (or, for a shotgun, gauge);
- serial number.

A trace request also asks for the type of firearm and the country of
origin, and whether the serial number is obliterated.]],
        es = [[
Los identificadores mínimos para un rastreo son:

- fabricante;
- importador, si lo hay;
- modelo;
- calibre (o, en una escopeta, el calibre en gauge);
- número de serie.

Una solicitud de rastreo pide además el tipo de arma y el país de origen, y si
el número de serie está borrado.]],
      },
      sources = { "A6", "A1", "A5" },
    },

    page {
      title = { en = "Check in the IFRT", es = "Compruebe en la IFRT" },
      text = {
        en = [[
Before a trace, check the identifiers in the INTERPOL Firearms Reference
Table (IFRT): more than 250,000 references and 57,000 images, with
trademarks and manufacturer codes. It helps you name the maker from a logo
or a code, write the model as the maker does, and see whether the markings
fit the firearm in front of you.]],
        es = [[
Antes de un rastreo, compruebe los identificadores en la Tabla de Referencia de
Armas de Fuego de INTERPOL (IFRT): más de 250.000 referencias y 57.000
imágenes, con marcas comerciales y códigos de fabricantes. Ayuda a nombrar al
fabricante a partir de un logotipo o un código, a escribir el modelo como lo
escribe el fabricante y a ver si las marcas corresponden al arma que tiene
delante.]],
      },
      sources = { "I1" },
    },

    page {
      title = { en = "When the serial number is obliterated", es = "Cuando el número de serie está borrado" },
      text = {
        en = [[
If the serial number has been removed or made unreadable:

- do not try to bring it back yourself: restoration is a laboratory task;
- photograph the area as it is, record every other marking, and preserve
  the firearm as evidence;
- send it to the laboratory, and mark the trace request "obliterated: yes".

Characters the laboratory restores can fade: it photographs them at once.]],
        es = [[
Si el número de serie fue eliminado o quedó ilegible:

- no intente recuperarlo usted: la restauración es tarea del laboratorio;
- fotografíe la zona tal como está, registre todas las demás marcas y preserve
  el arma como indicio (elemento material probatorio);
- envíela al laboratorio, y marque en la solicitud de rastreo "borrado: sí".

Los caracteres que restaura el laboratorio pueden desvanecerse: los fotografía
de inmediato.]],
      },
      sources = { "S1", "S5", "A1" },
    },
  },

  quiz = {
    order {
      id = "scene-to-record",
      prompt = {
        en = "Put these steps at a scene in order, first step first.",
        es = "Ordene estos pasos en el lugar de los hechos, el primero arriba.",
      },
      items = {
        { en = "Photograph the firearm where it lies", es = "Fotografiar el arma donde está" },
        { en = "Make it safe, recording its condition", es = "Dejarla en condición segura, registrando su estado" },
        { en = "Package the ammunition apart, labelled to it", es = "Embalar la munición aparte, rotulada con referencia al arma" },
        { en = "Transcribe and photograph every marking", es = "Transcribir y fotografiar cada marca" },
        { en = "Check the identifiers in the IFRT", es = "Comprobar los identificadores en la IFRT" },
      },
      explain = {
        en = "Photograph before touching; record the condition while making it safe; package the ammunition separately; then record the markings and check them in the IFRT before a trace.",
        es = "Fotografiar antes de tocar; registrar el estado al dejarla en condición segura; embalar la munición por separado; luego registrar las marcas y comprobarlas en la IFRT antes de un rastreo.",
      },
      sources = { "N1", "T8", "I1" },
      tags = { "recording" },
    },

    truefalse {
      id = "pencil-in-barrel",
      prompt = {
        en = "True or false: to keep fingerprints intact, lift the firearm by pushing a pencil into the barrel.",
        es = "Verdadero o falso: para no dañar las huellas, levante el arma introduciendo un lápiz en el cañón.",
      },
      answer = false,
      explain = {
        en = "False. Never pick a firearm up by pushing a pencil or other object into the barrel. Treat it as loaded.",
        es = "Falso. Nunca levante un arma introduciendo un lápiz u otro objeto en el cañón. Trátela como cargada.",
      },
      sources = { "A17", "N2" },
      tags = { "recording" },
      critical = true,
    },

    multi {
      id = "condition-record",
      prompt = {
        en = "While a recovered revolver is made safe, what do you record? Tick each.",
        es = "Mientras se deja en condición segura un revólver recuperado, ¿qué registra? Marque cada uno.",
      },
      options = {
        { en = "Position of the hammer", es = "Posición del martillo" },
        { en = "Which chambers of the cylinder are loaded", es = "Qué recámaras del tambor están cargadas" },
        { en = "The result of a test-firing", es = "El resultado de un disparo de prueba" },
        { en = "Position of any safety", es = "Posición del seguro, si lo tiene" },
        { en = "The serial number restored on the spot", es = "El número de serie restaurado en el lugar" },
      },
      answers = { 1, 2, 4 },
      explain = {
        en = "Record hammer and safety positions and which chambers are loaded (for a pistol also a round in the chamber and the magazine). Test-firing and restoring a serial number are laboratory tasks.",
        es = "Registre la posición del martillo y del seguro y qué recámaras están cargadas (en una pistola, también si hay cartucho en la recámara y el cargador). El disparo de prueba y la restauración del número de serie son tareas del laboratorio.",
      },
      sources = { "N1", "S1" },
      tags = { "recording" },
    },

    serial {
      id = "transcribe-panel",
      prompt = {
        en = "Transcribe the serial number on this frame exactly as marked.",
        es = "Transcriba el número de serie de este armazón exactamente como está marcado.",
      },
      image = frame_panel(),
      answer = "KS08OB21",
      hint = {
        en = "It is neither the MOD nor the PAT. number; look at the zero and the letter O.",
        es = "No es el número MOD ni el PAT.; fíjese en el cero y en la letra O.",
      },
      explain = {
        en = "KS08OB21: K, S, zero, eight, letter O, B, two, one. MOD 92S0 is the model and PAT. 4518021 a patent number.",
        es = "KS08OB21: K, S, cero, ocho, letra O, B, dos, uno. MOD 92S0 es el modelo y PAT. 4518021 un número de patente.",
      },
      sources = { "A6", "A17" },
      tags = { "recording" },
    },

    choice {
      id = "which-is-serial",
      prompt = {
        en = "On this frame, which number goes in the serial number field of the record?",
        es = "En este armazón, ¿qué número va en el campo del número de serie del acta?",
      },
      image = frame_panel(),
      options = {
        { en = "4518021", es = "4518021" },
        { en = "92S0", es = "92S0" },
        { en = "KS08OB21", es = "KS08OB21" },
      },
      answer = 3,
      explain = {
        en = "PAT. marks a patent number and MOD a model number: both are recorded, but neither is the serial number. KS08OB21 is.",
        es = "PAT. indica un número de patente y MOD un número de modelo: ambos se registran, pero ninguno es el número de serie. KS08OB21 sí lo es.",
      },
      sources = { "A17", "T8" },
      tags = { "recording" },
    },

    locate {
      id = "serial-that-identifies",
      prompt = {
        en = "The same number is marked three times on this pistol. Point at the one that identifies the firearm.",
        es = "El mismo número está marcado tres veces en esta pistola. Señale el que identifica el arma.",
      },
      image = serial_places(),
      grid = { 8, 6 },
      regions = { { x = 440, y = 180, w = 180, h = 32 } },
      explain = {
        en = "The number on the frame, under the slide: the frame or receiver is the primary reference point, and its number identifies the firearm. The numbers on the slide and the barrel are repeats, recorded as additional markings.",
        es = "El número del armazón, bajo la corredera: el armazón o cajón de mecanismos es el punto de referencia principal, y su número identifica el arma. Los números de la corredera y del cañón son repeticiones, que se registran como marcas adicionales.",
      },
      sources = { "A8", "T8" },
      tags = { "recording" },
    },

    function(rng)
      local chars = {}
      for i = 1, rng:int(7, 9) do
        chars[i] = rng:number() < 0.5 and rng:pick(CONFUSABLE) or rng:pick(PLAIN)
      end
      local sn = table.concat(chars)
      return serial {
        id = "transcribe-generated",
        prompt = {
          en = "The laboratory's report prints the receiver's serial number as " .. sn
            .. ". Type it into the record exactly as printed.",
          es = "El informe del laboratorio imprime así el número de serie del cajón de mecanismos: "
            .. sn .. ". Escríbalo en el acta exactamente como está impreso.",
        },
        answer = sn,
        explain = {
          en = "Every character counts: O and 0, I and 1, S and 5, B and 8, Z and 2, G and 6 are different characters.",
          es = "Cada carácter cuenta: O y 0, I y 1, S y 5, B y 8, Z y 2, G y 6 son caracteres distintos.",
        },
        sources = { "A6" },
        tags = { "recording" },
      }
    end,

    choice {
      id = "doubtful-character",
      prompt = {
        en = "One character of a worn serial number could be the letter O or the digit 0. What do you do?",
        es = "Un carácter de un número de serie desgastado podría ser la letra O o el dígito 0. ¿Qué hace?",
      },
      options = {
        { en = "Write 0, since serial numbers are mostly made of digits", es = "Escribir 0, ya que los números de serie son sobre todo cifras" },
        { en = "Leave that character out of the record until it is confirmed", es = "Omitir ese carácter en el acta hasta que se confirme" },
        { en = "Record it as doubtful, with a close-up photograph", es = "Registrarlo como dudoso, con una fotografía de cerca" },
        { en = "Ask the person it was seized from which one it is", es = "Preguntar a la persona a quien se le incautó cuál es" },
      },
      answer = 3,
      explain = {
        en = "The trace relies on accurate identifiers: do not guess or drop a character, and do not take the word of the person it was seized from. Record what you see, say it is doubtful, and photograph the marking close up.",
        es = "El rastreo depende de identificadores exactos: no adivine ni omita un carácter, ni se fíe de lo que diga la persona a quien se le incautó. Registre lo que ve, indique que es dudoso y fotografíe la marca de cerca.",
      },
      sources = { "A6", "T8" },
      tags = { "recording" },
    },

    truefalse {
      id = "duplicate-serials",
      prompt = {
        en = "True or false: since different firearms of the same make can share a serial number, the record needs the maker and model with it.",
        es = "Verdadero o falso: como armas distintas de la misma marca pueden compartir un número de serie, el acta necesita con él el fabricante y el modelo.",
      },
      answer = true,
      explain = {
        en = "True. Duplicate serial numbers occur on different firearms of the same make; maker, model, calibre and importer complete the identification.",
        es = "Verdadero. Hay números de serie duplicados en armas distintas de la misma marca; fabricante, modelo, calibre e importador completan la identificación.",
      },
      sources = { "A17", "A6" },
      tags = { "recording" },
    },

    multi {
      id = "minimum-identifiers",
      prompt = {
        en = "Which are among the minimum identifiers for a trace? Tick each.",
        es = "¿Cuáles están entre los identificadores mínimos para un rastreo? Marque cada uno.",
      },
      options = {
        { en = "Manufacturer", es = "Fabricante" },
        { en = "Colour of the grips", es = "Color de las cachas" },
        { en = "Model", es = "Modelo" },
        { en = "Calibre", es = "Calibre" },
        { en = "Rounds found in the magazine", es = "Cartuchos hallados en el cargador" },
        { en = "Serial number", es = "Número de serie" },
        { en = "Importer, if any", es = "Importador, si lo hay" },
      },
      answers = { 1, 3, 4, 6, 7 },
      explain = {
        en = "Manufacturer, importer (if any), model, calibre and serial number. Grips are swapped; the rounds belong to the condition record and the ammunition package, not to the firearm's identity.",
        es = "Fabricante, importador (si lo hay), modelo, calibre y número de serie. Las cachas se cambian; los cartuchos van en el registro del estado y en el embalaje de la munición, no en la identidad del arma.",
      },
      sources = { "A6", "N1" },
      tags = { "recording" },
    },

    multi {
      id = "isacs-record-more",
      prompt = {
        en = "Besides the serial number, what does ISACS 05.31 ask you to record or do? Tick each.",
        es = "Además del número de serie, ¿qué pide registrar o hacer ISACS 05.31? Marque cada uno.",
      },
      options = {
        { en = "Proof marks", es = "Marcas de prueba" },
        { en = "Assembly numbers", es = "Números de ensamble" },
        { en = "Patent numbers", es = "Números de patente" },
        { en = "Photograph the markings", es = "Fotografiar las marcas" },
        { en = "Polish the marked area so it reads better", es = "Pulir la zona marcada para que se lea mejor" },
      },
      answers = { 1, 2, 3, 4 },
      explain = {
        en = "Proof marks, assembly and patent numbers, and photographs of the markings. Never polish or otherwise work on a marking: it is evidence.",
        es = "Marcas de prueba, números de ensamble y de patente, y fotografías de las marcas. Nunca pula ni trabaje una marca: es un indicio.",
      },
      sources = { "T8" },
      tags = { "recording" },
    },

    text {
      id = "ifrt-name",
      prompt = {
        en = "Which INTERPOL tool, with more than 250,000 references and 57,000 images, do you check the identifiers in before a trace? (Name or acronym.)",
        es = "¿En qué herramienta de INTERPOL, con más de 250.000 referencias y 57.000 imágenes, se comprueban los identificadores antes de un rastreo? (Nombre o sigla.)",
      },
      answers = {
        "IFRT",
        { en = "INTERPOL Firearms Reference Table", es = "Tabla de Referencia de Armas de Fuego de INTERPOL" },
        { en = "Firearms Reference Table", es = "Tabla de Referencia de Armas de Fuego" },
        "INTERPOL IFRT",
        "INTERPOL Firearms Reference Table (IFRT)",
        "Tabla de Referencia de Armas de Fuego de la INTERPOL",
        "Tabla de Referencia de Armas de INTERPOL",
        "tabla IFRT",
      },
      explain = {
        en = "The INTERPOL Firearms Reference Table (IFRT). iARMS is another INTERPOL system: it records lost, stolen, trafficked and seized firearms.",
        es = "La Tabla de Referencia de Armas de Fuego de INTERPOL (IFRT). iARMS es otro sistema de INTERPOL: registra armas perdidas, robadas, traficadas e incautadas.",
      },
      sources = { "I1" },
      tags = { "recording" },
    },

    choice {
      id = "ifrt-use",
      prompt = {
        en = "A pistol carries a logo and a short code instead of a maker's name. Where can you identify the maker?",
        es = "Una pistola lleva un logotipo y un código corto en lugar del nombre del fabricante. ¿Dónde puede identificar al fabricante?",
      },
      options = {
        { en = "In iARMS, the lost and stolen register", es = "En iARMS, el registro de armas perdidas y robadas" },
        { en = "In the IFRT's trademarks and maker codes", es = "En las marcas comerciales y códigos de fabricante de la IFRT" },
        { en = "Nowhere: leave the maker blank on the request", es = "En ningún sitio: dejar en blanco el fabricante en la solicitud" },
      },
      answer = 2,
      explain = {
        en = "The IFRT holds trademarks and manufacturer codes. iARMS records lost, stolen, trafficked and seized firearms; it does not name makers. The manufacturer is a minimum identifier: do not leave it blank.",
        es = "La IFRT reúne marcas comerciales y códigos de fabricantes. iARMS registra armas perdidas, robadas, traficadas e incautadas; no identifica fabricantes. El fabricante es un identificador mínimo: no lo deje en blanco.",
      },
      sources = { "I1", "A6" },
      tags = { "recording" },
    },

    choice {
      id = "obliterated-handling",
      prompt = {
        en = "The serial number area of a recovered pistol has been ground away. What do you do?",
        es = "La zona del número de serie de una pistola recuperada fue esmerilada. ¿Qué hace?",
      },
      options = {
        { en = "Try to bring the number back before sending it", es = "Intentar recuperar el número antes de enviarla" },
        { en = "Close the case: without a serial it cannot be traced", es = "Cerrar el caso: sin serie no puede rastrearse" },
        { en = "Record the slide's number as the serial instead", es = "Registrar el número de la corredera como número de serie" },
        { en = "Photograph, preserve, send to the laboratory", es = "Fotografiar, preservar, enviar al laboratorio" },
      },
      answer = 4,
      explain = {
        en = "Photograph the area as it is, record every other marking, preserve the pistol and send it to the laboratory: restoration is a laboratory task. Record the slide's number as what it is, not as the frame's serial.",
        es = "Fotografíe la zona tal como está, registre todas las demás marcas, preserve la pistola y envíela al laboratorio: la restauración es tarea del laboratorio. Registre el número de la corredera como lo que es, no como la serie del armazón.",
      },
      sources = { "S1", "S5", "T8" },
      tags = { "recording" },
    },

    match {
      id = "what-where",
      prompt = {
        en = "Match each item with where it belongs in the record.",
        es = "Empareje cada elemento con el lugar que le corresponde en el registro.",
      },
      pairs = {
        { { en = "Number on the frame", es = "Número del armazón" },
          { en = "Serial number field", es = "Campo del número de serie" } },
        { { en = "Round found in the chamber", es = "Cartucho hallado en la recámara" },
          { en = "Condition when made safe", es = "Estado al dejarla en condición segura" } },
        { { en = "PAT. 4518021", es = "PAT. 4518021" },
          { en = "Other markings", es = "Otras marcas" } },
        { { en = "Cartridges removed", es = "Cartuchos retirados" },
          { en = "A separate package, labelled to the firearm", es = "Un embalaje aparte, rotulado con referencia al arma" } },
      },
      explain = {
        en = "The frame's number is the serial; a round in the chamber is part of the condition; a patent number is recorded as another marking; removed ammunition is packaged separately and labelled to the firearm.",
        es = "El número del armazón es la serie; un cartucho en la recámara es parte del estado; un número de patente se registra como otra marca; la munición retirada se embala por separado y se rotula con referencia al arma.",
      },
      sources = { "T8", "N1", "A17" },
      tags = { "recording" },
    },

    choice {
      id = "photo-first",
      prompt = {
        en = "You arrive first at a scene where a pistol lies on the floor. What comes first?",
        es = "Usted es el primero en llegar a un lugar de los hechos donde hay una pistola en el suelo. ¿Qué se hace primero?",
      },
      options = {
        { en = "Unload it, then put it back where it was for the photographs", es = "Descargarla y volver a dejarla donde estaba para las fotos" },
        { en = "Read its serial number to start the request", es = "Leer su número de serie para iniciar la solicitud" },
        { en = "Photograph it in place, untouched", es = "Fotografiarla en su sitio, sin tocarla" },
      },
      answer = 3,
      explain = {
        en = "At a scene the firearm is photographed where it lies before it is touched; then it is made safe, with its condition recorded. Putting it back would falsify the scene.",
        es = "En el lugar de los hechos el arma se fotografía donde está antes de tocarla; después se deja en condición segura, registrando su estado. Volver a colocarla falsearía la escena.",
      },
      sources = { "N1" },
      tags = { "recording" },
    },

    truefalse {
      id = "ammo-separate",
      prompt = {
        en = "True or false: the cartridges removed from the firearm are packaged separately and labelled to it.",
        es = "Verdadero o falso: los cartuchos retirados del arma se embalan por separado y se rotulan con referencia a ella.",
      },
      answer = true,
      explain = {
        en = "True: package the removed ammunition separately and label it to the firearm.",
        es = "Verdadero: embale la munición retirada por separado y rotúlela con referencia al arma.",
      },
      sources = { "N1" },
      tags = { "recording" },
    },

    numeric {
      id = "serial-failures-1999",
      prompt = {
        en = "In 1999, about what share of US traces failed on serial-number problems?",
        es = "En 1999, ¿qué proporción aproximada de los rastreos de EE. UU. fracasó por problemas con el número de serie?",
      },
      answer = 11,
      tolerance = 1,
      unit = "%",
      explain = {
        en = "About 11% (and about 10% because the firearm was made before 1968). Exact transcription is the part you control.",
        es = "Cerca del 11% (y cerca del 10% porque el arma se fabricó antes de 1968). La transcripción exacta es la parte que usted controla.",
      },
      sources = { "A13" },
      tags = { "recording" },
    },
  },
}
