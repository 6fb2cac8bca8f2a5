-- rastro course, module 8: the tracing chain, time-to-crime, national and
-- international tracing (es: "La cadena de rastreo").
--
-- Facts from rastro's sourced domain facts (/work/shared/domain.md); the keys in
-- `sources` name the published sources. Picture: assets/08-trace-chain_en.png
-- and _es.png (900 x 300), drawn in assets/src/08-trace-chain.svg. The dates
-- of the generated question are made up.
--
-- Scope: how a trace runs and what its results mean.

local MONTHS = {
  { en = "January", es = "enero" }, { en = "February", es = "febrero" },
  { en = "March", es = "marzo" }, { en = "April", es = "abril" },
  { en = "May", es = "mayo" }, { en = "June", es = "junio" },
  { en = "July", es = "julio" }, { en = "August", es = "agosto" },
  { en = "September", es = "septiembre" }, { en = "October", es = "octubre" },
  { en = "November", es = "noviembre" }, { en = "December", es = "diciembre" },
}

return lesson {
  id = "tracing-chain",
  version = 2,
  title = { en = "The tracing chain", es = "La cadena de rastreo" },
  summary = {
    en = "How a trace runs from the maker or importer to the first retail purchaser, what "
      .. "time-to-crime tells, and how national and international tracing fit together "
      .. "(eTrace, iARMS, IFRT, ISACS 05.31, SDG 16.4.2).",
    es = "Cómo avanza un rastreo desde el fabricante o importador hasta el primer comprador "
      .. "minorista, qué indica el tiempo hasta el delito y cómo se combinan el rastreo nacional "
      .. "y el internacional (eTrace, iARMS, IFRT, ISACS 05.31, ODS 16.4.2).",
  },
  requires = { "trace-request" },
  sources = {
    { key = "T10", text = "Small Arms Survey, marking, record-keeping and tracing" },
    { key = "A2", text = "omb.report/icr/202510-1140-006/doc/163302500" },
    { key = "A3", text = "atf.gov/resource-center/infographics/five-fast-facts-about-national-tracing-center" },
    { key = "A4", text = "atf.gov/resource-center/fact-sheet/fact-sheet-national-tracing-center" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A7", text = "atf.gov/content/what-my-responsibility-respond-request-trace-firearm" },
    { key = "A15", text = "GAO-21-322" },
    { key = "A16", text = "usafacts.org, \"Time to crime\" (citing ATF)" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "U6", text = "UN SDG indicator metadata, indicator 16.4.2" },
    { key = "I1", text = "interpol.int, INTERPOL Firearms Reference Table" },
    { key = "I2", text = "interpol.int, iARMS" },
    { key = "I4", text = "illicitflows.eu/projects/iarms" },
    { key = "I5", text = "INTERPOL iARMS presentation" },
  },
  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Three pillars", es = "Tres pilares" },
      text = {
        en = [[
Tracing rests on three pillars:

- *marking*: the firearm carries marks that identify it;
- *record-keeping*: makers, importers and dealers keep records of it;
- *cooperation*: states and agencies answer each other's requests.

A trace follows a firearm through those records, from where it was made or
imported to where it left the legal market.]],
        es = [[
El rastreo descansa en tres pilares:

- el *marcaje*: el arma lleva marcas que la identifican;
- el *registro*: fabricantes, importadores y comerciantes llevan registros de
  ella;
- la *cooperación*: Estados y agencias responden a las solicitudes de los demás.

Un rastreo sigue un arma a través de esos registros, desde donde se fabricó o
importó hasta donde salió del mercado legal.]],
      },
      sources = { "T10" },
    },

    page {
      title = { en = "The chain", es = "La cadena" },
      text = {
        en = [[
ATF's National Tracing Center contacts each link in turn:

- the manufacturer or importer;
- the wholesaler or distributor;
- the retail dealer;
- the first retail purchaser.

It goes on until a purchaser is found or the records run out; traces
normally end at the first retail sale. US dealers must answer a trace
request within 24 hours.]],
        es = [[
El Centro Nacional de Rastreo de la ATF contacta a cada eslabón por turno:

- el fabricante o importador;
- el mayorista o distribuidor;
- el comerciante minorista;
- el primer comprador minorista.

Sigue hasta encontrar un comprador o hasta que se acaban los registros; los
rastreos suelen terminar en la primera venta al por menor. Los comerciantes de
EE. UU. deben responder a una solicitud de rastreo en 24 horas.]],
      },
      image = {
        file = { en = "08-trace-chain_en.png", es = "08-trace-chain_es.png" },
        caption = { en = "The links of a trace", es = "Los eslabones de un rastreo" },
        alt = {
          en = "Four boxes left to right joined by arrows: manufacturer or importer; wholesaler or distributor; retail dealer; first retail purchaser (highlighted). Above: ATF asks each link in turn. Below: a trace normally ends at the first retail sale.",
          es = "Cuatro recuadros de izquierda a derecha unidos por flechas: fabricante o importador; mayorista o distribuidor; comerciante minorista; primer comprador minorista (resaltado). Arriba: la ATF pregunta a cada eslabón, en orden. Abajo: el rastreo suele terminar en la primera venta minorista.",
        },
      },
      sources = { "A2", "A4", "A6", "A7" },
    },

    page {
      title = { en = "Time-to-crime", es = "Tiempo hasta el delito" },
      text = {
        en = [[
*Time-to-crime* is the time from the first retail sale to the recovery of
the firearm. A short time suggests trafficking: the firearm went quickly
from the shop to crime.

Of US firearms traced, the share with a time-to-crime of one year or less
was 19.7% in 2019 and 32.2% in 2021.

70% of the firearms recovered in Mexico in 2014-18 and submitted for tracing
were US-sourced.]],
        es = [[
El *tiempo hasta el delito* es el tiempo entre la primera venta al por menor y
la recuperación del arma. Un tiempo corto sugiere tráfico: el arma pasó
rápido de la tienda al delito.

De las armas rastreadas en EE. UU., la proporción con un tiempo hasta el delito
de un año o menos fue del 19,7% en 2019 y del 32,2% en 2021.

El 70% de las armas recuperadas en México en 2014-18 y enviadas a rastreo
tenían origen en EE. UU.]],
      },
      sources = { "A16", "A15" },
    },

    page {
      title = { en = "National and international tracing", es = "Rastreo nacional e internacional" },
      text = {
        en = [[
ISACS 05.31 sets the steps: unique identification, domestic trace,
international trace, find the point of diversion, act to prevent repeats.
Each state names a national point of contact for tracing.

The tools:

- *IFRT*, the INTERPOL Firearms Reference Table: identify the firearm
  (more than 250,000 references, 57,000 images, trademarks and maker codes);
- *iARMS*, INTERPOL's system: records lost, stolen, trafficked/smuggled and
  seized firearms, and handles international trace requests; launched in
  2013, used by 175 countries;
- *eTrace*, ATF's system: more than 9,300 agencies in 50 foreign countries
  use it; more than 623,000 traces in fiscal year 2022.

INTERPOL's workflow: national registry search, iARMS search and trace,
forensics, intelligence analysis.]],
        es = [[
ISACS 05.31 fija los pasos: identificación única, rastreo nacional, rastreo
internacional, encontrar el punto de desvío, actuar para evitar que se repita.
Cada Estado designa un punto de contacto nacional para el rastreo.

Las herramientas:

- *IFRT*, la Tabla de Referencia de Armas de Fuego de INTERPOL: identificar el
  arma (más de 250.000 referencias, 57.000 imágenes, marcas comerciales y
  códigos de fabricantes);
- *iARMS*, el sistema de INTERPOL: registra armas perdidas, robadas,
  traficadas o contrabandeadas e incautadas, y tramita solicitudes
  internacionales de rastreo; puesto en marcha en 2013, usado por 175 países;
- *eTrace*, el sistema de la ATF: lo usan más de 9.300 agencias de 50 países
  extranjeros; más de 623.000 rastreos en el ejercicio fiscal 2022.

El flujo de trabajo de INTERPOL: búsqueda en el registro nacional, búsqueda y
rastreo en iARMS, análisis forense, análisis de inteligencia.]],
      },
      sources = { "T8", "I1", "I2", "I4", "I5", "A3" },
    },

    page {
      title = { en = "SDG indicator 16.4.2", es = "Indicador 16.4.2 de los ODS" },
      text = {
        en = [[
Tracing is also counted. Sustainable Development Goal indicator 16.4.2 is
the "proportion of seized, found or surrendered arms whose illicit origin or
context has been traced or established by a competent authority in line
with international instruments".

! Every recovered illicit firearm you trace counts toward your country's
16.4.2 figure.]],
        es = [[
El rastreo también se cuenta. El indicador 16.4.2 de los Objetivos de
Desarrollo Sostenible es la "proporción de armas incautadas, encontradas o
entregadas cuyo origen o contexto ilícitos han sido determinados o
establecidos por una autoridad competente, de conformidad con los
instrumentos internacionales".

! Cada arma ilícita recuperada que usted rastrea cuenta para la cifra 16.4.2
de su país.]],
      },
      sources = { "U6", "T8" },
    },
  },

  quiz = {
    order {
      id = "chain-order",
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
        en = "ATF contacts the manufacturer or importer, then the wholesaler or distributor, then the retail dealer, to reach the first retail purchaser.",
        es = "La ATF contacta al fabricante o importador, luego al mayorista o distribuidor, luego al comerciante minorista, para llegar al primer comprador minorista.",
      },
      sources = { "A2", "A4", "A6" },
      tags = { "tracing-chain" },
    },

    order {
      id = "isacs-steps",
      prompt = {
        en = "Put the ISACS 05.31 tracing steps in order.",
        es = "Ordene los pasos de rastreo de ISACS 05.31.",
      },
      items = {
        { en = "Unique identification", es = "Identificación única" },
        { en = "Domestic trace", es = "Rastreo nacional" },
        { en = "International trace", es = "Rastreo internacional" },
        { en = "Find the point of diversion", es = "Encontrar el punto de desvío" },
        { en = "Act to prevent repeats", es = "Actuar para evitar que se repita" },
      },
      explain = {
        en = "Identify the firearm uniquely, trace it at home, then abroad, find where it was diverted, and act so that it does not happen again.",
        es = "Identificar el arma de forma única, rastrearla en el país y luego en el extranjero, encontrar dónde se desvió y actuar para que no se repita.",
      },
      sources = { "T8" },
      tags = { "tracing-chain" },
    },

    order {
      id = "interpol-workflow",
      prompt = {
        en = "Put INTERPOL's firearm workflow in order.",
        es = "Ordene el flujo de trabajo de INTERPOL para armas de fuego.",
      },
      items = {
        { en = "National registry search", es = "Búsqueda en el registro nacional" },
        { en = "iARMS search and trace", es = "Búsqueda y rastreo en iARMS" },
        { en = "Forensics", es = "Análisis forense" },
        { en = "Intelligence analysis", es = "Análisis de inteligencia" },
      },
      explain = {
        en = "Search your own registry first, then iARMS (search and trace), then forensics, then intelligence analysis.",
        es = "Primero el registro propio, luego iARMS (búsqueda y rastreo), luego el análisis forense y después el análisis de inteligencia.",
      },
      sources = { "I5" },
      tags = { "tracing-chain" },
    },

    choice {
      id = "trace-ends",
      prompt = {
        en = "Where does a US trace normally end?",
        es = "¿Dónde termina normalmente un rastreo en EE. UU.?",
      },
      options = {
        { en = "At the person who used it in the crime", es = "En la persona que la usó en el delito" },
        { en = "At the importer", es = "En el importador" },
        { en = "At the first retail sale", es = "En la primera venta al por menor" },
        { en = "At the last private owner", es = "En el último propietario particular" },
      },
      answer = 3,
      explain = {
        en = "Traces normally end at the first retail sale, the last link of the chain. Finding who used the firearm is the investigation's work.",
        es = "Los rastreos suelen terminar en la primera venta al por menor, el último eslabón de la cadena. Saber quién usó el arma es trabajo de la investigación.",
      },
      sources = { "A2", "A4" },
      tags = { "tracing-chain" },
    },

    numeric {
      id = "dealer-hours",
      prompt = {
        en = "Within how many hours must a US dealer answer a trace request?",
        es = "¿En cuántas horas debe un comerciante de EE. UU. responder a una solicitud de rastreo?",
      },
      answer = 24,
      unit = "h",
      explain = {
        en = "24 hours: each link answers fast, so a trace moves down the chain in days, not months. It is the dealer's deadline, not a limit on the trace.",
        es = "24 horas: cada eslabón responde rápido, así que un rastreo recorre la cadena en días, no en meses. Es el plazo del comerciante, no un límite del rastreo.",
      },
      sources = { "A7" },
      tags = { "tracing-chain" },
    },

    choice {
      id = "chain-stops",
      prompt = {
        en = "When does ATF stop contacting the links of the chain?",
        es = "¿Cuándo deja la ATF de contactar a los eslabones de la cadena?",
      },
      options = {
        { en = "After the importer, for foreign-made firearms", es = "Tras el importador, en armas fabricadas en el extranjero" },
        { en = "When a purchaser is found or records run out", es = "Al encontrar un comprador o acabarse los registros" },
        { en = "After 24 hours, whatever it has found", es = "A las 24 horas, haya encontrado lo que haya encontrado" },
      },
      answer = 2,
      explain = {
        en = "ATF contacts each link in turn until a purchaser is found or the records run out. 24 hours is the dealer's time to answer, not a limit on the trace.",
        es = "La ATF contacta a cada eslabón por turno hasta encontrar un comprador o hasta que se acaban los registros. Las 24 horas son el plazo del comerciante para responder, no un límite del rastreo.",
      },
      sources = { "A2", "A7" },
      tags = { "tracing-chain" },
    },

    choice {
      id = "ttc-definition",
      prompt = {
        en = "What is time-to-crime?",
        es = "¿Qué es el tiempo hasta el delito?",
      },
      options = {
        { en = "From manufacture to the crime", es = "De la fabricación al delito" },
        { en = "From the crime to the trace result", es = "Del delito al resultado del rastreo" },
        { en = "From import to the first retail sale", es = "De la importación a la primera venta al por menor" },
        { en = "From the first retail sale to recovery", es = "De la primera venta al por menor a la recuperación" },
      },
      answer = 4,
      explain = {
        en = "Time-to-crime runs from the first retail sale to the recovery of the firearm.",
        es = "El tiempo hasta el delito va de la primera venta al por menor a la recuperación del arma.",
      },
      sources = { "A16" },
      tags = { "tracing-chain" },
    },

    function(rng)
      local sold_month, sold_year = rng:int(1, 12), rng:int(2016, 2022)
      local months = rng:int(3, 40)
      local t = (sold_year * 12 + sold_month - 1) + months
      local found_year, found_month = t // 12, t % 12 + 1
      local sold, found = MONTHS[sold_month], MONTHS[found_month]
      return numeric {
        id = "ttc-months",
        prompt = {
          en = ("A trace result (made up for the exercise) shows that a pistol was first sold at retail in %s %d. "
            .. "It was recovered in %s %d. What is its time-to-crime, in months?"):format(sold.en, sold_year, found.en, found_year),
          es = ("El resultado de un rastreo (inventado para el ejercicio) muestra que una pistola se vendió por primera vez "
            .. "al por menor en %s de %d. Se recuperó en %s de %d. ¿Cuál es su tiempo hasta el delito, en meses?"):format(sold.es, sold_year, found.es, found_year),
        },
        answer = months,
        hint = {
          en = "Count the months from the first retail sale to the recovery.",
          es = "Cuente los meses desde la primera venta al por menor hasta la recuperación.",
        },
        explain = {
          en = ("%d months. A short time-to-crime suggests trafficking."):format(months),
          es = ("%d meses. Un tiempo hasta el delito corto sugiere tráfico."):format(months),
        },
        sources = { "A16" },
        tags = { "tracing-chain" },
      }
    end,

    choice {
      id = "short-ttc-means",
      prompt = {
        en = "A pistol recovered in your country was bought at a US shop five months earlier. What does the short time-to-crime suggest?",
        es = "Una pistola recuperada en su país se compró en una tienda de EE. UU. cinco meses antes. ¿Qué sugiere el tiempo hasta el delito corto?",
      },
      options = {
        { en = "Trafficking: look for the point of diversion", es = "Tráfico: buscar el punto de desvío" },
        { en = "A clerical error in the dealer's records", es = "Un error administrativo en los registros del comerciante" },
        { en = "That the purchaser is the person who used it", es = "Que el comprador es quien la usó" },
      },
      answer = 1,
      explain = {
        en = "Short times suggest trafficking. ISACS 05.31 then asks you to find the point of diversion and act to prevent repeats. The purchaser is a lead, not proof of who used it.",
        es = "Los tiempos cortos sugieren tráfico. ISACS 05.31 pide entonces encontrar el punto de desvío y actuar para evitar que se repita. El comprador es una pista, no la prueba de quién la usó.",
      },
      sources = { "A16", "T8" },
      tags = { "tracing-chain" },
    },

    choice {
      id = "ttc-which-points",
      prompt = {
        en = "Two pistols recovered in your country are traced (results made up). Pistol A was first sold at retail 8 months before its recovery; pistol B, 9 years before. Which result points more strongly to trafficking?",
        es = "Se rastrean dos pistolas recuperadas en su país (resultados inventados). La pistola A se vendió por primera vez al por menor 8 meses antes de su recuperación; la B, 9 años antes. ¿Qué resultado apunta con más fuerza al tráfico?",
      },
      options = {
        { en = "Pistol B, because it has been in circulation longer", es = "La pistola B, porque lleva más tiempo en circulación" },
        { en = "Pistol A", es = "La pistola A" },
        { en = "Neither: time-to-crime says nothing about trafficking", es = "Ninguna: el tiempo hasta el delito no dice nada del tráfico" },
      },
      answer = 2,
      explain = {
        en = "A short time-to-crime, from the first retail sale to the recovery, suggests trafficking: pistol A went quickly from the shop to crime. In the US the share of traced firearms with a time-to-crime of one year or less rose from 19.7% in 2019 to 32.2% in 2021.",
        es = "Un tiempo hasta el delito corto, de la primera venta al por menor a la recuperación, sugiere tráfico: la pistola A pasó rápido de la tienda al delito. En EE. UU. la proporción de armas rastreadas con un tiempo hasta el delito de un año o menos subió del 19,7% en 2019 al 32,2% en 2021.",
      },
      sources = { "A16" },
      tags = { "tracing-chain" },
    },

    match {
      id = "tools",
      prompt = {
        en = "Match each system with what it is for.",
        es = "Empareje cada sistema con su función.",
      },
      pairs = {
        { { en = "IFRT", es = "IFRT" },
          { en = "Identifying the firearm: references, images, maker codes", es = "Identificar el arma: referencias, imágenes, códigos de fabricante" } },
        { { en = "iARMS", es = "iARMS" },
          { en = "Lost, stolen, trafficked and seized firearms; international traces", es = "Armas perdidas, robadas, traficadas e incautadas; rastreos internacionales" } },
        { { en = "eTrace", es = "eTrace" },
          { en = "Sending trace requests to ATF over the web", es = "Enviar solicitudes de rastreo a la ATF por la web" } },
        { { en = "National registry", es = "Registro nacional" },
          { en = "The first search, at home", es = "La primera búsqueda, en el propio país" } },
      },
      explain = {
        en = "IFRT identifies; iARMS records lost, stolen, trafficked and seized firearms and handles international traces; eTrace sends requests to ATF; the national registry is searched first.",
        es = "La IFRT identifica; iARMS registra armas perdidas, robadas, traficadas e incautadas y tramita rastreos internacionales; eTrace envía solicitudes a la ATF; el registro nacional se consulta primero.",
      },
      sources = { "I1", "I2", "I5", "A3" },
      tags = { "tracing-chain" },
    },

    text {
      id = "iarms-name",
      prompt = {
        en = "Which INTERPOL system, launched in 2013 and used by 175 countries, records lost, stolen, trafficked and seized firearms?",
        es = "¿Qué sistema de INTERPOL, puesto en marcha en 2013 y usado por 175 países, registra armas perdidas, robadas, traficadas e incautadas?",
      },
      answers = { "iARMS", "i-ARMS", "i ARMS" },
      explain = {
        en = "iARMS. It also handles international trace requests.",
        es = "iARMS. También tramita solicitudes internacionales de rastreo.",
      },
      sources = { "I2", "I4" },
      tags = { "tracing-chain" },
    },

    choice {
      id = "sdg-1642",
      prompt = {
        en = "What does SDG indicator 16.4.2 measure?",
        es = "¿Qué mide el indicador 16.4.2 de los ODS?",
      },
      options = {
        { en = "The share of firearms in civilian hands that are licensed and registered", es = "La proporción de armas en manos de civiles que cuentan con licencia y están registradas" },
        { en = "The share of seized, found or surrendered arms traced to their origin", es = "La proporción de armas incautadas, halladas o entregadas cuyo origen se rastreó" },
        { en = "The share of a state's surplus firearms destroyed each year", es = "La proporción de las armas excedentes del Estado que se destruye cada año" },
      },
      answer = 2,
      explain = {
        en = "16.4.2: the proportion of seized, found or surrendered arms whose illicit origin or context has been traced or established by a competent authority in line with international instruments. It counts tracing, not licensing or destruction.",
        es = "16.4.2: la proporción de armas incautadas, encontradas o entregadas cuyo origen o contexto ilícitos han sido determinados o establecidos por una autoridad competente, de conformidad con los instrumentos internacionales. Cuenta el rastreo, no las licencias ni la destrucción.",
      },
      sources = { "U6" },
      tags = { "tracing-chain" },
    },

    multi {
      id = "three-pillars",
      prompt = {
        en = "Which are the three pillars tracing rests on? Tick each.",
        es = "¿Cuáles son los tres pilares en que descansa el rastreo? Marque cada uno.",
      },
      options = {
        { en = "Marking", es = "Marcaje" },
        { en = "Ballistic fingerprinting", es = "Huella balística" },
        { en = "Record-keeping", es = "Registro" },
        { en = "Cooperation", es = "Cooperación" },
        { en = "Destruction of surplus", es = "Destrucción de excedentes" },
      },
      answers = { 1, 3, 4 },
      explain = {
        en = "Marking, record-keeping and cooperation. Ballistic comparison and destruction matter, but a trace follows marks through records with the help of others.",
        es = "Marcaje, registro y cooperación. La comparación balística y la destrucción importan, pero un rastreo sigue las marcas a través de los registros con ayuda de otros.",
      },
      sources = { "T10" },
      tags = { "tracing-chain" },
    },

    truefalse {
      id = "national-contact",
      prompt = {
        en = "True or false: ISACS 05.31 calls for a national point of contact for tracing.",
        es = "Verdadero o falso: ISACS 05.31 pide un punto de contacto nacional para el rastreo.",
      },
      answer = true,
      explain = {
        en = "True: a national point of contact receives and sends trace requests.",
        es = "Verdadero: un punto de contacto nacional recibe y envía solicitudes de rastreo.",
      },
      sources = { "T8" },
      tags = { "tracing-chain" },
    },

    numeric {
      id = "mexico-us-sourced",
      prompt = {
        en = "Of the firearms recovered in Mexico in 2014-18 and submitted for tracing, what share were US-sourced?",
        es = "De las armas recuperadas en México en 2014-18 y enviadas a rastreo, ¿qué proporción tenía origen en EE. UU.?",
      },
      answer = 70,
      tolerance = 3,
      unit = "%",
      explain = {
        en = "70% (GAO). Tracing to the US is a main route for the region's recovered firearms.",
        es = "El 70% (GAO). El rastreo hacia EE. UU. es una vía principal para las armas recuperadas en la región.",
      },
      sources = { "A15" },
      tags = { "tracing-chain" },
    },

    truefalse {
      id = "etrace-foreign-use",
      prompt = {
        en = "True or false: eTrace is used only by US agencies.",
        es = "Verdadero o falso: eTrace solo lo usan agencias de EE. UU.",
      },
      answer = false,
      explain = {
        en = "False: more than 9,300 agencies in 50 foreign countries use eTrace; more than 623,000 traces were run in fiscal year 2022.",
        es = "Falso: más de 9.300 agencias de 50 países extranjeros usan eTrace; se hicieron más de 623.000 rastreos en el ejercicio fiscal 2022.",
      },
      sources = { "A3" },
      tags = { "tracing-chain" },
    },

    choice {
      id = "before-international",
      prompt = {
        en = "A firearm is recovered at the border. Before you send an international trace through iARMS, what comes first?",
        es = "Se recupera un arma en la frontera. Antes de enviar un rastreo internacional por iARMS, ¿qué va primero?",
      },
      options = {
        { en = "A search of the national registry", es = "Una búsqueda en el registro nacional" },
        { en = "A request to the country of manufacture by diplomatic note", es = "Una solicitud al país de fabricación por nota diplomática" },
        { en = "An intelligence analysis of the result", es = "Un análisis de inteligencia del resultado" },
      },
      answer = 1,
      explain = {
        en = "Identify it, then trace at home (national registry), then abroad (iARMS search and trace). Analysis comes after the results; the country of manufacture is asked as part of the international trace, after the national search.",
        es = "Identificarla, luego rastrear en el país (registro nacional), luego en el extranjero (búsqueda y rastreo en iARMS). El análisis viene después de los resultados; al país de fabricación se le consulta como parte del rastreo internacional, después de la búsqueda nacional.",
      },
      sources = { "T8", "I5" },
      tags = { "tracing-chain" },
    },
  },
}
