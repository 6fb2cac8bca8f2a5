-- rastro course, module 5: import and proof marks, and the marking standards
-- (es: "Marcas de importación y de banco de pruebas, normas de marcaje").
--
-- Facts from rastro's sourced domain facts (/work/shared/domain.md); the keys in
-- `sources` name the published sources. Pictures: assets/05-barrel-marks.png
-- (800 x 400, drawn in assets/src/05-barrel-marks.svg, where its regions are
-- listed) and the marking plates of assets/ (see assets/README.md). All makers,
-- importers, countries and stamps in the pictures are fictional.
--
-- Scope: what the marks are, where they come from and which instrument asks
-- for them. Nothing on making, altering or obliterating a marking.

-- The long gun of the locate questions (a new table for each question).
local function barrel_marks()
  return {
    file = "05-barrel-marks.png",
    caption = {
      en = "Receiver (left) and barrel (right) of a long gun, left side; fictional marks",
      es = "Cajón de mecanismos (izquierda) y cañón (derecha) de un arma larga, lado izquierdo; marcas ficticias",
    },
    alt = {
      en = "Two grey metal parts side by side. On the left, a tall receiver marked, from top "
        .. "to bottom: ACME ARMS; MADE IN RURITANIA; and, near its bottom, AB12345. On the "
        .. "right, a long barrel. At the barrel's left end, next to the receiver, three small "
        .. "stamps in a row: a shield with a star, the letters PX in an oval and the number 24 "
        .. "in a box. To their right, three lines: IMP. ZETA IMPORTS; FREEDONIA 2024; and, "
        .. "smaller, CAL. 7.62mm.",
      es = "Dos piezas de metal gris lado a lado. A la izquierda, un cajón de mecanismos alto "
        .. "marcado, de arriba abajo: ACME ARMS; MADE IN RURITANIA; y, cerca de su borde "
        .. "inferior, AB12345. A la derecha, un cañón largo. En el extremo izquierdo del "
        .. "cañón, junto al cajón, tres sellos pequeños en fila: un escudo con una estrella, "
        .. "las letras PX en un óvalo y el número 24 en un recuadro. A su derecha, tres "
        .. "líneas: IMP. ZETA IMPORTS; FREEDONIA 2024; y, más pequeño, CAL. 7.62mm.",
    },
  }
end

return lesson {
  id = "marking-standards",
  version = 2,
  title = {
    en = "Import and proof marks, marking standards",
    es = "Marcas de importación y de banco de pruebas, normas de marcaje",
  },
  summary = {
    en = "Recognise import and proof marks, and know what the ITI, the Firearms Protocol, "
      .. "CIFTA and ISACS 05.30 ask to be marked, and which of them bind.",
    es = "Reconocer las marcas de importación y de banco de pruebas, y saber qué piden marcar "
      .. "el ITI, el Protocolo sobre armas de fuego, la CIFTA y la norma ISACS 05.30, y cuáles "
      .. "obligan.",
  },
  requires = { "reading-markings" },
  sources = {
    { key = "T1", text = "UN International Tracing Instrument (2005)" },
    { key = "T3", text = "UN Firearms Protocol Arts. 7-8" },
    { key = "T4", text = "Inter-American Convention (CIFTA)" },
    { key = "T5", text = "OAS CIFTA model legislation on marking and tracing (2007)" },
    { key = "T6", text = "smallarmsstandards.org (OAS draws on ISACS)" },
    { key = "T7", text = "ISACS 05.30" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "T11", text = "C.I.P. (cip-bobp.org)" },
    { key = "T12", text = "UNLIREC marking technical meeting, Port of Spain" },
    { key = "A8", text = "27 CFR 478.92, as amended in 2022" },
    { key = "A9", text = "ATF Federal Firearms Regulations guidebook" },
    { key = "A10", text = "US Department of State fact sheet, March 2011 (m.state.gov/md166654.htm)" },
    { key = "M7", text = "Arms Trade Treaty reporting" },
  },
  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Marks made at import", es = "Marcas hechas en la importación" },
      text = {
        en = [[
A firearm is marked when it is made, and again when it is imported. The
International Tracing Instrument (ITI, paragraph 8(b)) asks the importing
state for:

- the country of import and, where possible, the year of import;
- a unique mark, if the firearm does not already carry one.

The UN Firearms Protocol (Art. 8) asks for the same marks at import.

An import mark names the *importer* and the *country of import*; a
manufacture mark names the *maker* and the *country of manufacture*. Do not
mix them up: a trace needs both, and the importer is a required field of a
trace request for a firearm made outside the US.

! Look at every part: the importer's marks are not always beside the maker's.
In the US the importer's name goes on the frame or receiver with the serial
number, while the foreign maker and the country of manufacture may be on the
barrel or slide. US importers must mark within 15 days of the release from
customs (the *levante*).]],
        es = [[
Un arma de fuego se marca cuando se fabrica, y otra vez cuando se importa. El
Instrumento Internacional de Localización (ITI, párrafo 8(b)) pide al Estado
importador:

- el país de importación y, cuando sea posible, el año de importación;
- una marca única, si el arma no lleva ya una.

El Protocolo sobre armas de fuego de la ONU (art. 8) pide las mismas marcas en
la importación.

Una marca de importación nombra al *importador* y al *país de importación*; una
marca de fabricación nombra al *fabricante* y al *país de fabricación*. No las
confunda: un rastreo necesita las dos, y el importador es un campo obligatorio
de la solicitud de rastreo de un arma fabricada fuera de EE. UU.

! Mire cada pieza: las marcas del importador no siempre están junto a las del
fabricante. En EE. UU. el nombre del importador va en el armazón o cajón de
mecanismos junto con el número de serie, mientras que el fabricante extranjero
y el país de fabricación pueden estar en el cañón o en la corredera. Los
importadores de EE. UU. deben marcar dentro de los 15 días siguientes al
levante o despacho aduanero.]],
      },
      image = {
        file = "marking-import.png",
        caption = { en = "Import marks (fictional importer and country)", es = "Marcas de importación (importador y país ficticios)" },
        alt = {
          en = "A grey metal plate stamped in two lines: IMP. ZETA IMPORTS, then FREEDONIA 2024.",
          es = "Una placa de metal gris con dos líneas estampadas: IMP. ZETA IMPORTS y, debajo, FREEDONIA 2024.",
        },
      },
      sources = { "T1", "T3", "A8", "A9" },
    },

    page {
      title = { en = "Proof marks", es = "Marcas de banco de pruebas" },
      text = {
        en = [[
A proof mark shows that the firearm passed a test at a proof house. Proof is
a C.I.P. practice: the C.I.P. has 14 member states that recognise each
other's proof marks, Chile among them. In a member state every small arm is
proofed at the proof house of the state where it was made or first imported.

- *The US has no proof law*: US-made firearms, common in the region, carry
  no C.I.P. proof marks. Their absence on a US-made firearm means nothing.
- Not every small stamp is a proof mark: there are also inspector, military
  acceptance and factory marks.
- ISACS 05.31 asks you to record the proof marks with the other markings,
  and to photograph them.

! Record and photograph a stamp you cannot name; do not guess its meaning on
the record.]],
        es = [[
Una marca de banco de pruebas muestra que el arma superó una prueba en un banco
oficial de pruebas. Es una práctica de la C.I.P.: la C.I.P. tiene 14 Estados
miembros que reconocen mutuamente sus marcas de prueba, entre ellos Chile. En un
Estado miembro cada arma pequeña se prueba en el banco de pruebas del Estado
donde se fabricó o se importó por primera vez.

- *EE. UU. no tiene ley de prueba de armas*: las armas fabricadas en EE. UU., comunes en
  la región, no llevan marcas de prueba de la C.I.P. Que falten en un arma
  estadounidense no significa nada.
- No todo sello pequeño es una marca de prueba: también hay marcas de inspector,
  de aceptación militar y de fábrica.
- ISACS 05.31 pide registrar las marcas de prueba junto con las demás marcas, y
  fotografiarlas.

! Registre y fotografíe el sello que no sepa nombrar; no adivine su significado
en el acta.]],
      },
      image = {
        file = "marking-proof.png",
        caption = { en = "Proof marks (three fictional stamps)", es = "Marcas de prueba (tres sellos ficticios)" },
        alt = {
          en = "A grey metal plate with three small stamps in a row: a shield with a star, the letters PX in an oval, and the number 24 in a box.",
          es = "Una placa de metal gris con tres sellos pequeños en fila: un escudo con una estrella, las letras PX en un óvalo y el número 24 en un recuadro.",
        },
      },
      sources = { "T11", "T8" },
    },

    page {
      title = { en = "The ITI: what to mark, and how", es = "El ITI: qué marcar y cómo" },
      text = {
        en = [[
The International Tracing Instrument (2005) is a *political commitment* of
the UN member states ("States will..."), not a treaty. It asks for:

- 7: marks on an exposed surface, conspicuous without tools, recognisable,
  readable, durable and, as far as possible, recoverable;
- 8(a), at manufacture: the manufacturer's name, the country of
  manufacture and a serial number, or instead a system of simple symbols
  with a numeric or alphanumeric code; the year, the type or model and the
  calibre are encouraged;
- 8(b), at import: as on the first page;
- 8(c): a mark identifying the transferring country when a firearm passes
  from government stocks to permanent civilian use;
- 8(d): the firearms of the state's own forces duly marked.]],
        es = [[
El Instrumento Internacional de Localización (ITI, 2005; su nombre oficial
completo figura en el módulo "Lectura de marcas") es un *compromiso político*
de los Estados miembros de la ONU ("Los Estados..."), no un tratado. Pide:

- 7: marcas en una superficie expuesta, visibles sin herramientas,
  reconocibles, legibles, duraderas y, en lo posible, recuperables;
- 8(a), en la fabricación: el nombre del fabricante, el país de fabricación y
  un número de serie, o en su lugar un sistema de símbolos sencillos con un
  código numérico o alfanumérico; se alientan el año, el tipo o modelo y el
  calibre;
- 8(b), en la importación: lo visto en la primera página;
- 8(c): una marca que identifique al país que transfiere cuando un arma pasa
  de las existencias estatales al uso civil permanente;
- 8(d): las armas de las propias fuerzas del Estado debidamente marcadas.]],
      },
      sources = { "T1" },
    },

    page {
      title = { en = "Treaties that bind: the Protocol and CIFTA", es = "Los tratados que obligan: el Protocolo y la CIFTA" },
      text = {
        en = [[
Three instruments *bind* the states that ratified them: the UN Firearms
Protocol (a UN treaty), CIFTA (the Inter-American Convention, an OAS treaty)
and the Arms Trade Treaty. The UN Programme of Action and the ITI are
political commitments. A prosecutor needs the difference: an obligation in
national law comes from a treaty the state ratified.

- Firearms Protocol, Art. 8: the same marks at manufacture and import, and
  the mark on transfer from government stocks to civilian use.
- CIFTA (1997): making a firearm without the required marking is *illicit
  manufacturing*.
- The OAS approved model legislation on marking and tracing on 19 April 2007.

The instruments that require marking, in order: CIFTA (1997), the Firearms
Protocol and the Programme of Action (2001), the ITI (2005).

In 2011 the US gave the OAS a grant for marking equipment and training for
26 countries of the hemisphere, so that firearms carry unique marks that can
be traced.]],
        es = [[
Tres instrumentos *obligan* a los Estados que los ratificaron: el Protocolo
sobre armas de fuego de la ONU (un tratado de la ONU), la CIFTA (la Convención
Interamericana, un tratado de la OEA) y el Tratado sobre el Comercio de Armas.
El Programa de Acción de la ONU y el ITI son compromisos políticos. Un fiscal
necesita la diferencia: una obligación en la ley nacional viene de un tratado
que el Estado ratificó.

- Protocolo sobre armas de fuego, art. 8: las mismas marcas en la fabricación y
  en la importación, y la marca al pasar de las existencias estatales al uso
  civil.
- CIFTA (1997): fabricar un arma sin el marcaje exigido es *fabricación
  ilícita*.
- La OEA aprobó una legislación modelo sobre marcaje y rastreo el 19 de abril
  de 2007.

Los instrumentos que exigen marcaje, en orden: la CIFTA (1997), el Protocolo
sobre armas de fuego y el Programa de Acción (2001), el ITI (2005).

En 2011 EE. UU. dio a la OEA una subvención para equipos de marcaje y
capacitación para 26 países del hemisferio, para que las armas lleven marcas
únicas que permitan rastrearlas.]],
      },
      sources = { "T3", "T4", "T5", "T1", "M7", "A10" },
    },

    page {
      title = { en = "ISACS 05.30: when and what to mark", es = "ISACS 05.30: cuándo y qué marcar" },
      text = {
        en = [[
The International Small Arms Control Standards, on which the OAS draws, set
out marking in ISACS 05.30. It marks at five points in a firearm's life:

- manufacture;
- import;
- transfer from government stocks;
- permanent confiscation;
- deactivation.

The recommended content of a mark: the two-letter ISO country code, a
manufacturer code, the year, a model code, the serial number and the calibre.

! A country code such as CL or MX on a firearm is short, but it is a country:
record it as marked and name the country in your report.]],
        es = [[
Las Normas Internacionales para el Control de Armas Pequeñas (ISACS), en las que
se apoya la OEA, tratan el marcaje en la norma ISACS 05.30. Marca en cinco
momentos de la vida de un arma:

- la fabricación;
- la importación;
- la transferencia desde existencias estatales;
- el decomiso definitivo;
- la desactivación.

El contenido recomendado de una marca: el código ISO de dos letras del país, un
código del fabricante, el año, un código del modelo, el número de serie y el
calibre.

! Un código de país como CL o MX en un arma es corto, pero es un país:
regístrelo tal como está marcado y nombre el país en su informe.]],
      },
      sources = { "T7", "T6" },
    },

    page {
      title = { en = "Reading a long gun's marks", es = "Leer las marcas de un arma larga" },
      text = {
        en = [[
Put it together on the picture. The receiver carries the maker, the country
of manufacture and the serial number. Near the chamber, on the barrel, are
three small stamps; after them come the importer with the country and year
of import, and the calibre.

Record every mark, the ones you can name and the ones you cannot, and
photograph each one.]],
        es = [[
Júntelo todo en la imagen. El cajón de mecanismos lleva el fabricante, el país
de fabricación y el número de serie. Junto a la recámara, en el cañón, hay
tres sellos pequeños; tras ellos vienen el importador con el país y el año de
importación, y el calibre.

Registre cada marca, las que sabe nombrar y las que no, y fotografíe cada una.]],
      },
      image = barrel_marks(),
      sources = { "T1", "T11", "T8", "A8" },
    },
  },

  quiz = {
    match {
      id = "iti-paragraphs",
      prompt = {
        en = "Match each moment in a firearm's life with the ITI paragraph that asks for a mark then.",
        es = "Empareje cada momento de la vida de un arma con el párrafo del ITI que pide una marca en ese momento.",
      },
      pairs = {
        { { en = "Manufacture", es = "Fabricación" }, { en = "8(a)", es = "8(a)" } },
        { { en = "Import", es = "Importación" }, { en = "8(b)", es = "8(b)" } },
        { { en = "From government stocks to permanent civilian use", es = "De existencias estatales al uso civil permanente" },
          { en = "8(c)", es = "8(c)" } },
        { { en = "In service with the state's own forces", es = "En servicio en las propias fuerzas del Estado" },
          { en = "8(d)", es = "8(d)" } },
      },
      explain = {
        en = "8(a) marks at manufacture, 8(b) at import, 8(c) on transfer from government stocks to permanent civilian use, 8(d) covers the state's own forces.",
        es = "8(a) marca en la fabricación, 8(b) en la importación, 8(c) al pasar de existencias estatales al uso civil permanente, 8(d) trata de las propias fuerzas del Estado.",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },

    choice {
      id = "iti-import-content",
      prompt = {
        en = "Under ITI paragraph 8(b), what should the mark applied on import show?",
        es = "Según el párrafo 8(b) del ITI, ¿qué debe mostrar la marca aplicada en la importación?",
      },
      options = {
        { en = "The name of the customs officer who cleared the import", es = "El nombre del funcionario de aduanas que despachó la importación" },
        { en = "The country of import and, where possible, the year", es = "El país de importación y, cuando sea posible, el año" },
        { en = "The country of manufacture and the maker", es = "El país de fabricación y el fabricante" },
        { en = "The buyer's import licence number", es = "El número de licencia de importación del comprador" },
      },
      answer = 2,
      explain = {
        en = "8(b): the country of import and, where possible, the year of import (plus a unique mark if the firearm has none). Maker and country of manufacture are the marks of 8(a), made at manufacture; the customs officer and the buyer's licence belong in the import records, not on the firearm.",
        es = "8(b): el país de importación y, cuando sea posible, el año de importación (más una marca única si el arma no la tiene). Fabricante y país de fabricación son las marcas del 8(a), hechas en la fabricación; el funcionario de aduanas y la licencia del comprador van en los registros de importación, no en el arma.",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },

    choice {
      id = "unmarked-import",
      prompt = {
        en = "Customs clears a lot of pistols that carry no unique mark at all. What does ITI paragraph 8(b) ask the importing state to do?",
        es = "La aduana despacha un lote de pistolas que no llevan ninguna marca única. ¿Qué pide el párrafo 8(b) del ITI al Estado importador?",
      },
      options = {
        { en = "Return them to the exporting country unmarked", es = "Devolverlas sin marcar al país exportador" },
        { en = "Record the shipment's lot number as their unique mark", es = "Registrar el número de lote del envío como su marca única" },
        { en = "Apply a unique mark to each", es = "Aplicar una marca única a cada una" },
      },
      answer = 3,
      explain = {
        en = "On import, a firearm that lacks a unique mark gets one, besides the country and, where possible, the year of import. A lot number does not identify a single firearm.",
        es = "En la importación, un arma que no tiene marca única recibe una, además del país y, cuando sea posible, el año de importación. Un número de lote no identifica a una sola arma.",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },

    locate {
      id = "point-import-marks",
      prompt = {
        en = "Point at the import marks on this long gun.",
        es = "Señale las marcas de importación de esta arma larga.",
      },
      image = barrel_marks(),
      grid = { 8, 8 },
      regions = { { x = 528, y = 156, w = 250, h = 66 } },
      explain = {
        en = "IMP. ZETA IMPORTS with FREEDONIA 2024 names the importer, the country and the year of import (ITI 8(b)). MADE IN RURITANIA on the receiver is the country of manufacture, an 8(a) mark.",
        es = "IMP. ZETA IMPORTS con FREEDONIA 2024 nombra al importador, el país y el año de importación (ITI 8(b)). MADE IN RURITANIA en el cajón de mecanismos es el país de fabricación, una marca del 8(a).",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },

    locate {
      id = "point-proof-marks",
      prompt = {
        en = "Point at the marks this long gun would carry from a proof house.",
        es = "Señale las marcas que esta arma larga llevaría de un banco de pruebas.",
      },
      image = barrel_marks(),
      grid = { 8, 8 },
      -- The three stamps, and the lower half of the shield, which reaches into D5.
      regions = { { x = 362, y = 160, w = 162, h = 66 }, { x = 362, y = 195, w = 50, h = 30 } },
      hint = {
        en = "Proof marks are small stamps, often near the chamber.",
        es = "Las marcas de prueba son sellos pequeños, a menudo junto a la recámara.",
      },
      explain = {
        en = "The three small stamps on the barrel next to the receiver: there the chamber is. Record and photograph them; small stamps may also be inspector, military acceptance or factory marks.",
        es = "Los tres sellos pequeños del cañón junto al cajón de mecanismos: ahí está la recámara. Regístrelos y fotografíelos; los sellos pequeños también pueden ser marcas de inspector, de aceptación militar o de fábrica.",
      },
      sources = { "T11", "T8" },
      tags = { "marking-standards" },
    },

    locate {
      id = "point-country-of-manufacture",
      prompt = {
        en = "A trace request asks for the country of origin. Point at the mark that gives it.",
        es = "Una solicitud de rastreo pide el país de origen. Señale la marca que lo da.",
      },
      image = barrel_marks(),
      grid = { 8, 8 },
      -- MADE IN RURITANIA; the second line straddles rows 4 and 5 of the grid.
      regions = { { x = 38, y = 142, w = 180, h = 80 } },
      explain = {
        en = "MADE IN RURITANIA on the receiver: the country of manufacture, an ITI 8(a) mark. FREEDONIA 2024 on the barrel is the country and year of import, not of origin.",
        es = "MADE IN RURITANIA en el cajón de mecanismos: el país de fabricación, una marca del ITI 8(a). FREEDONIA 2024 en el cañón es el país y el año de importación, no el de origen.",
      },
      sources = { "T1" },
      tags = { "marking-standards", "trace-request" },
    },

    truefalse {
      id = "us-no-proof-marks",
      prompt = {
        en = "True or false: a US-made pistol without proof marks should be treated as suspect, since every firearm is proofed.",
        es = "Verdadero o falso: una pistola fabricada en EE. UU. sin marcas de prueba debe tratarse como sospechosa, pues toda arma se prueba en un banco.",
      },
      answer = false,
      explain = {
        en = "False. Proof is a C.I.P. practice and the US has no proof law: US-made firearms, common in the region, carry no C.I.P. proof marks.",
        es = "Falso. La prueba en banco es una práctica de la C.I.P. y EE. UU. no tiene ley de prueba de armas: las armas fabricadas en EE. UU., comunes en la región, no llevan marcas de prueba de la C.I.P.",
      },
      sources = { "T11" },
      tags = { "marking-standards" },
    },

    choice {
      id = "cip-mutual",
      prompt = {
        en = "What do the 14 member states of the C.I.P., Chile among them, agree on?",
        es = "¿En qué están de acuerdo los 14 Estados miembros de la C.I.P., entre ellos Chile?",
      },
      options = {
        { en = "A shared register of every firearm's owner", es = "Un registro común del propietario de cada arma" },
        { en = "Each recognises the others' proof marks", es = "Cada uno reconoce las marcas de prueba de los demás" },
        { en = "A single serial number format for all makers", es = "Un formato único de número de serie para todos los fabricantes" },
        { en = "Answering each other's trace requests within 24 hours", es = "Responder a las solicitudes de rastreo de los demás en 24 horas" },
      },
      answer = 2,
      explain = {
        en = "The C.I.P. members recognise each other's proof marks; in a member state every small arm is proofed in the state where it was made or first imported. The C.I.P. keeps no owner register and sets no serial format or trace deadline.",
        es = "Los miembros de la C.I.P. reconocen mutuamente sus marcas de prueba; en un Estado miembro cada arma pequeña se prueba en el Estado donde se fabricó o se importó por primera vez. La C.I.P. no lleva registro de propietarios ni fija formatos de serie ni plazos de rastreo.",
      },
      sources = { "T11" },
      tags = { "marking-standards" },
    },

    choice {
      id = "proof-where",
      prompt = {
        en = "A pistol made outside the C.I.P. states is first imported into a C.I.P. member state. Where is it proofed?",
        es = "Una pistola fabricada fuera de los Estados de la C.I.P. se importa por primera vez en un Estado miembro. ¿Dónde se prueba?",
      },
      options = {
        { en = "At the proof house of the importing country", es = "En el banco de pruebas del país importador" },
        { en = "Nowhere: only firearms made in member states are proofed", es = "En ningún sitio: solo se prueban las armas fabricadas en Estados miembros" },
        { en = "At the maker's factory, whatever its country", es = "En la fábrica del fabricante, sea cual sea su país" },
      },
      answer = 1,
      explain = {
        en = "In a member state every small arm is proofed at the proof house of the state where it was made or first imported: here, the importing member state.",
        es = "En un Estado miembro cada arma pequeña se prueba en el banco de pruebas del Estado donde se fabricó o se importó por primera vez: aquí, el Estado miembro importador.",
      },
      sources = { "T11" },
      tags = { "marking-standards" },
    },

    truefalse {
      id = "small-stamps-not-all-proof",
      prompt = {
        en = "True or false: every small stamp near the chamber of a firearm is a proof mark.",
        es = "Verdadero o falso: todo sello pequeño junto a la recámara de un arma es una marca de prueba.",
      },
      answer = false,
      explain = {
        en = "False. Small stamps may also be inspector, military acceptance or factory marks. Record and photograph each one as it is.",
        es = "Falso. Los sellos pequeños también pueden ser marcas de inspector, de aceptación militar o de fábrica. Registre y fotografíe cada uno tal como es.",
      },
      sources = { "T11", "T8" },
      tags = { "marking-standards" },
    },

    multi {
      id = "binding-instruments",
      prompt = {
        en = "Which of these bind the states that ratified them? Tick each.",
        es = "¿Cuáles de estos obligan a los Estados que los ratificaron? Marque cada uno.",
      },
      options = {
        { en = "The UN Firearms Protocol", es = "El Protocolo sobre armas de fuego de la ONU" },
        { en = "The International Tracing Instrument", es = "El Instrumento Internacional de Localización" },
        { en = "CIFTA, the Inter-American Convention", es = "La CIFTA, la Convención Interamericana" },
        { en = "The UN Programme of Action", es = "El Programa de Acción de la ONU" },
        { en = "The Arms Trade Treaty", es = "El Tratado sobre el Comercio de Armas" },
      },
      answers = { 1, 3, 5 },
      explain = {
        en = "The Firearms Protocol, CIFTA and the Arms Trade Treaty are treaties. The ITI and the Programme of Action are political commitments (\"States will...\"), not ratified.",
        es = "El Protocolo sobre armas de fuego, la CIFTA y el Tratado sobre el Comercio de Armas son tratados. El ITI y el Programa de Acción son compromisos políticos (\"Los Estados...\"), no se ratifican.",
      },
      sources = { "T1", "T3", "T4", "M7" },
      tags = { "marking-standards" },
    },

    choice {
      id = "cifta-unmarked",
      prompt = {
        en = "Under CIFTA, what is making a firearm without the required marking?",
        es = "Según la CIFTA, ¿qué es fabricar un arma sin el marcaje exigido?",
      },
      options = {
        { en = "An administrative fault for the licensing office", es = "Una falta administrativa para la oficina de licencias" },
        { en = "Illicit manufacturing", es = "Fabricación ilícita" },
        { en = "Lawful, if the maker keeps a record", es = "Lícito, si el fabricante lleva un registro" },
      },
      answer = 2,
      explain = {
        en = "CIFTA (1997) calls the making of a firearm without the required marking illicit manufacturing. A maker's record does not replace the marking.",
        es = "La CIFTA (1997) llama fabricación ilícita a fabricar un arma sin el marcaje exigido. Un registro del fabricante no sustituye al marcaje.",
      },
      sources = { "T4" },
      tags = { "marking-standards" },
    },

    choice {
      id = "iti-mark-quality",
      prompt = {
        en = "Which describes the marks ITI paragraph 7 asks for?",
        es = "¿Cuál describe las marcas que pide el párrafo 7 del ITI?",
      },
      options = {
        { en = "Hidden inside the firearm, so that they cannot be removed", es = "Ocultas dentro del arma, para que no puedan quitarse" },
        { en = "On an exposed surface, seen without tools, durable", es = "En una superficie expuesta, visibles sin herramientas, duraderas" },
        { en = "Printed on a label fixed to the grip", es = "Impresas en una etiqueta pegada a la empuñadura" },
      },
      answer = 2,
      explain = {
        en = "Paragraph 7: on an exposed surface, conspicuous without tools, recognisable, readable, durable and, as far as possible, recoverable. A label comes off; a hidden mark cannot be read at a scene.",
        es = "Párrafo 7: en una superficie expuesta, visibles sin herramientas, reconocibles, legibles, duraderas y, en lo posible, recuperables. Una etiqueta se cae; una marca oculta no se lee en el lugar de los hechos.",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },

    choice {
      id = "iti-symbol-code",
      prompt = {
        en = "A firearm carries no serial number, but a set of simple symbols with an alphanumeric code. Under ITI 8(a), can that be a lawful manufacture mark?",
        es = "Un arma no lleva número de serie, sino un conjunto de símbolos sencillos con un código alfanumérico. Según el ITI 8(a), ¿puede ser una marca de fabricación válida?",
      },
      options = {
        { en = "No: a manufacture mark must include a serial number", es = "No: una marca de fabricación debe incluir un número de serie" },
        { en = "Only on firearms made for the armed forces", es = "Solo en armas fabricadas para las fuerzas armadas" },
        { en = "Yes, as an equivalent system", es = "Sí, como sistema equivalente" },
      },
      answer = 3,
      explain = {
        en = "ITI 8(a) allows an equivalent system of simple geometric symbols with a numeric or alphanumeric code instead of the maker's name, country and serial number, for any firearm, not only military ones. Record the symbols and the code exactly.",
        es = "El ITI 8(a) admite un sistema equivalente de símbolos geométricos sencillos con un código numérico o alfanumérico en lugar del nombre del fabricante, el país y el número de serie, para cualquier arma, no solo las militares. Registre los símbolos y el código con exactitud.",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },

    choice {
      id = "transfer-to-civilian",
      prompt = {
        en = "The police sell surplus service pistols to licensed civilians. Which mark does ITI 8(c) ask for?",
        es = "La policía vende pistolas de dotación excedentes a civiles con licencia. ¿Qué marca pide el ITI 8(c)?",
      },
      options = {
        { en = "A mark identifying the transferring country", es = "Una marca que identifique al país que las transfiere" },
        { en = "A new serial number replacing the maker's", es = "Un nuevo número de serie que sustituya al del fabricante" },
        { en = "None: the maker's marks are enough", es = "Ninguna: bastan las marcas del fabricante" },
        { en = "A mark with the name of each civilian buyer", es = "Una marca con el nombre de cada comprador civil" },
      },
      answer = 1,
      explain = {
        en = "8(c): when a firearm passes from government stocks to permanent civilian use, it gets a mark identifying the transferring country. ISACS 05.30 also marks at that point. The maker's serial number stays, and buyers' names belong in the records, not on the firearm.",
        es = "8(c): cuando un arma pasa de las existencias estatales al uso civil permanente, recibe una marca que identifica al país que la transfiere. ISACS 05.30 también marca en ese momento. El número de serie del fabricante se mantiene, y los nombres de los compradores van en los registros, no en el arma.",
      },
      sources = { "T1", "T7" },
      tags = { "marking-standards" },
    },

    multi {
      id = "isacs-points",
      prompt = {
        en = "At which points in a firearm's life does ISACS 05.30 mark it? Tick each.",
        es = "¿En qué momentos de la vida de un arma la marca ISACS 05.30? Marque cada uno.",
      },
      options = {
        { en = "Manufacture", es = "Fabricación" },
        { en = "Each retail sale", es = "Cada venta al por menor" },
        { en = "Import", es = "Importación" },
        { en = "Transfer from government stocks", es = "Transferencia desde existencias estatales" },
        { en = "Each repair by an armourer", es = "Cada reparación por un armero" },
        { en = "Permanent confiscation", es = "Decomiso definitivo" },
        { en = "Deactivation", es = "Desactivación" },
      },
      answers = { 1, 3, 4, 6, 7 },
      explain = {
        en = "Five points: manufacture, import, transfer from government stocks, permanent confiscation and deactivation. Retail sales and repairs are not among the five points.",
        es = "Cinco momentos: fabricación, importación, transferencia desde existencias estatales, decomiso definitivo y desactivación. Las ventas al por menor y las reparaciones no están entre los cinco momentos.",
      },
      sources = { "T7" },
      tags = { "marking-standards" },
    },

    multi {
      id = "isacs-content",
      prompt = {
        en = "What content does ISACS 05.30 recommend for a mark? Tick each.",
        es = "¿Qué contenido recomienda ISACS 05.30 para una marca? Marque cada uno.",
      },
      options = {
        { en = "Two-letter ISO country code", es = "Código ISO de dos letras del país" },
        { en = "Owner's identity document number", es = "Número de documento de identidad del propietario" },
        { en = "Manufacturer code", es = "Código del fabricante" },
        { en = "Year", es = "Año" },
        { en = "Model code", es = "Código del modelo" },
        { en = "Serial number", es = "Número de serie" },
        { en = "Calibre", es = "Calibre" },
      },
      answers = { 1, 3, 4, 5, 6, 7 },
      explain = {
        en = "Country code, manufacturer code, year, model code, serial number and calibre. Owners change; a firearm's mark does not, and the owner belongs in the records.",
        es = "Código de país, código del fabricante, año, código del modelo, número de serie y calibre. Los propietarios cambian; la marca del arma no, y el propietario va en los registros.",
      },
      sources = { "T7" },
      tags = { "marking-standards" },
    },

    order {
      id = "instruments-in-time",
      prompt = {
        en = "Put these in the order they were adopted, earliest first.",
        es = "Ordene estos instrumentos según su adopción, del más antiguo al más reciente.",
      },
      items = {
        { en = "CIFTA (OAS convention)", es = "CIFTA (convención de la OEA)" },
        { en = "UN Firearms Protocol", es = "Protocolo sobre armas de fuego de la ONU" },
        { en = "International Tracing Instrument", es = "Instrumento Internacional de Localización" },
        { en = "OAS model legislation on marking and tracing", es = "Legislación modelo de la OEA sobre marcaje y rastreo" },
      },
      explain = {
        en = "CIFTA 1997, Firearms Protocol 2001, ITI 2005, OAS model legislation on marking and tracing 19 April 2007.",
        es = "CIFTA 1997, Protocolo sobre armas de fuego 2001, ITI 2005, legislación modelo de la OEA sobre marcaje y rastreo 19 de abril de 2007.",
      },
      sources = { "T4", "T3", "T1", "T5" },
      tags = { "marking-standards" },
    },

    match {
      id = "marks-meanings",
      prompt = {
        en = "Match each mark (all made up) with what it tells you.",
        es = "Empareje cada marca (todas inventadas) con lo que le dice.",
      },
      pairs = {
        { { en = "MADE IN RURITANIA", es = "MADE IN RURITANIA" },
          { en = "Country of manufacture", es = "País de fabricación" } },
        { { en = "IMP. ZETA IMPORTS FREEDONIA 2024", es = "IMP. ZETA IMPORTS FREEDONIA 2024" },
          { en = "Importer, country and year of import", es = "Importador, país y año de importación" } },
        { { en = "A small shield with a star near the chamber", es = "Un pequeño escudo con una estrella junto a la recámara" },
          { en = "A proof or other inspection stamp", es = "Un sello de prueba u otro de inspección" } },
        { { en = "CAL. 7.62mm", es = "CAL. 7.62mm" },
          { en = "Calibre", es = "Calibre" } },
      },
      explain = {
        en = "MADE IN gives the country of manufacture (ITI 8(a)); the importer with a country and year is the import mark (8(b)); a small stamp near the chamber is a proof mark or an inspector, military acceptance or factory mark; CAL. gives the calibre.",
        es = "MADE IN da el país de fabricación (ITI 8(a)); el importador con un país y un año es la marca de importación (8(b)); un sello pequeño junto a la recámara es una marca de prueba o de inspector, de aceptación militar o de fábrica; CAL. da el calibre.",
      },
      sources = { "T1", "T11" },
      tags = { "marking-standards" },
    },

    choice {
      id = "which-marking-import",
      prompt = {
        en = "Which kind of marking is this?",
        es = "¿Qué tipo de marca es esta?",
      },
      image = {
        file = "marking-import.png",
        alt = {
          en = "A grey metal plate stamped in two lines: IMP. ZETA IMPORTS, then FREEDONIA 2024.",
          es = "Una placa de metal gris con dos líneas estampadas: IMP. ZETA IMPORTS y, debajo, FREEDONIA 2024.",
        },
      },
      options = {
        { en = "Country of manufacture", es = "País de fabricación" },
        { en = "Proof marks", es = "Marcas de prueba" },
        { en = "Import marks", es = "Marcas de importación" },
        { en = "Manufacturer's name and year of manufacture", es = "Nombre del fabricante y año de fabricación" },
      },
      answer = 3,
      explain = {
        en = "An importer's name with a country and a year: the import marks of ITI 8(b). FREEDONIA is the country of import, not of manufacture.",
        es = "El nombre de un importador con un país y un año: las marcas de importación del ITI 8(b). FREEDONIA es el país de importación, no el de fabricación.",
      },
      sources = { "T1" },
      tags = { "marking-standards" },
    },
  },
}
