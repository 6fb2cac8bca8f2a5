-- Module 9 of the course: records and retention.
-- Why tracing needs records, how long the instruments say they are kept, what a registry holds,
-- and the records of importers and dealers that a trace follows.
return lesson {
  id = "records-retention",
  version = 2,
  title = { en = "Records and retention", es = "Registros y conservación" },
  summary = {
    en = "Why a trace needs records, how long they are kept (ITI 30 and 20 years, Firearms Protocol 10), what a registry holds, and the records of importers and dealers.",
    es = "Por qué un rastreo necesita registros, cuánto se conservan (ITI 30 y 20 años, Protocolo sobre armas de fuego 10), qué contiene un registro nacional y los registros de importadores y comerciantes.",
  },
  requires = { "recording" },
  sources = {
    { key = "T1", text = "UN International Tracing Instrument (2005)" },
    { key = "T2", text = "US national report to the UN on the PoA/ITI" },
    { key = "T3", text = "UN Firearms Protocol, Arts. 7-8" },
    { key = "T4", text = "Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms (CIFTA), OAS, 1997" },
    { key = "T5", text = "OAS CIFTA model legislation on marking and tracing (2007)" },
    { key = "T7", text = "ISACS 05.30" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "T10", text = "Small Arms Survey, marking, record-keeping and tracing" },
    { key = "T12", text = "UNLIREC marking technical meeting, Port of Spain" },
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A4", text = "atf.gov/resource-center/fact-sheet/fact-sheet-national-tracing-center" },
    { key = "A7", text = "atf.gov/content/what-my-responsibility-respond-request-trace-firearm" },
    { key = "A9", text = "ATF Federal Firearms Regulations guidebook" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "A15", text = "GAO-21-322" },
    { key = "I4", text = "illicitflows.eu/projects/iarms" },
    { key = "I5", text = "INTERPOL iARMS presentation" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "No records, no trace", es = "Sin registros no hay rastreo" },
      text = {
        en = [[
Tracing rests on three pillars: *marking*, *record-keeping* and *cooperation*. The marking
identifies the firearm; the records say who made, imported, sold or held it; cooperation gets the
answer across borders.

A trace follows the records link by link: manufacturer or importer, wholesaler or distributor,
retail dealer, first retail purchaser. Each is asked in turn until a purchaser is found or the
records run out. Traces normally end at the first retail sale.

Where records are missing the trace stops. In 1999, about 10% of US traces failed because the
firearm was made before 1968, and most failures other than serial-number problems came from form
errors or dealer records.]],
        es = [[
El rastreo se apoya en tres pilares: el *marcaje*, el *registro* y la *cooperación*. La marca
identifica el arma; los registros dicen quién la fabricó, importó, vendió o tuvo; la cooperación
lleva la respuesta de un país a otro.

Un rastreo sigue los registros eslabón por eslabón: fabricante o importador, mayorista o
distribuidor, comerciante minorista, primer comprador minorista. Se consulta a cada uno por turno
hasta encontrar al comprador o hasta que se agotan los registros. Los rastreos terminan
normalmente en la primera venta minorista.

Donde faltan registros, el rastreo se detiene. En 1999, cerca del 10 % de los rastreos en EE. UU.
fracasó porque el arma se fabricó antes de 1968, y la mayoría de los fracasos que no se debieron
al número de serie vinieron de errores del formulario o de los registros del comerciante.]],
      },
      sources = { "T10", "A6", "A13" },
    },

    page {
      title = { en = "How long records are kept", es = "Cuánto tiempo se conservan los registros" },
      text = {
        en = [[
- *International Tracing Instrument* (ITI, 2005): manufacturing records at least *30 years*;
  all other records, including import and export, at least *20 years*.
- *UN Firearms Protocol*, Art. 7: records at least *10 years*.
- United States: manufacturing records are kept indefinitely.

The Protocol, like CIFTA (the OAS convention of 1997) and the Arms Trade Treaty, is a treaty: it
binds the states that ratified it. The ITI is a political commitment ("States will..."), as is the
UN Programme of Action (2001). A prosecutor needs the difference.

! The OAS approved model legislation on marking and tracing on 19 April 2007.]],
        es = [[
- *Instrumento Internacional de Localización* (ITI, 2005): registros de fabricación al menos *30 años*; todos los demás, incluidos
  los de importación y exportación, al menos *20 años*.
- *Protocolo de las Naciones Unidas sobre armas de fuego*, art. 7: registros al menos *10 años*.
- Estados Unidos: los registros de fabricación se conservan indefinidamente.

El Protocolo, como la CIFTA (la convención de la OEA de 1997) y el Tratado sobre el Comercio de
Armas, es un tratado: obliga a los Estados que lo ratificaron. El ITI es un compromiso político
("Los Estados..."), como el Programa de Acción de las Naciones Unidas (2001). Un fiscal necesita
conocer la diferencia.

! La OEA aprobó el 19 de abril de 2007 una legislación modelo sobre marcaje y rastreo.]],
      },
      sources = { "T1", "T2", "T3", "T4", "T5", "T12" },
    },

    page {
      title = { en = "What a registry holds", es = "Qué contiene un registro nacional" },
      text = {
        en = [[
A national registry holds, for each firearm, the identifiers its marking carries. ISACS 05.30
recommends that a marking give:

- the two-letter ISO country code;
- a manufacturer code;
- the year;
- a model code;
- the serial number;
- the calibre.

ISACS 05.31 adds: record proof marks, assembly and patent numbers too, and photograph the
markings. The frame or receiver is the primary reference point.

The registry is the first stop of a trace: national registry search, then an iARMS search and
trace, then forensics and intelligence analysis.]],
        es = [[
Un registro nacional guarda, para cada arma, los identificadores que lleva su marca. ISACS 05.30
recomienda que la marca indique:

- el código ISO de dos letras del país;
- un código del fabricante;
- el año;
- un código del modelo;
- el número de serie;
- el calibre.

ISACS 05.31 añade: registrar también las marcas de banco de pruebas, los números de ensamble y
de patente, y fotografiar las marcas. El armazón o cajón de mecanismos es el punto de referencia
principal.

El registro es la primera parada de un rastreo: búsqueda en el registro nacional, luego búsqueda
y rastreo en iARMS, después análisis forense y de inteligencia.]],
      },
      sources = { "T7", "T8", "I4", "I5" },
    },

    page {
      title = { en = "Importers and dealers", es = "Importadores y comerciantes" },
      text = {
        en = [[
A firearm made abroad reaches the market through an importer: on a trace request the importer
is required when the firearm was made outside the US. US importers must mark a firearm within
15 days of its release from customs.

Dealers' records carry the trace to the first retail purchaser. A US dealer must answer a trace
request within 24 hours: the records must be kept so that they can be found quickly. This matters
in the region: 70% of the firearms recovered in Mexico in 2014-18 and submitted for tracing were
US-sourced.

Every state has the same task for its own importers and dealers: records complete, kept for the
required years, and retrievable when a trace arrives.]],
        es = [[
Un arma fabricada en el extranjero llega al mercado por un importador: en la solicitud de
rastreo, el importador es obligatorio cuando el arma se fabricó fuera de EE. UU. Los importadores
de EE. UU. deben marcar el arma dentro de los 15 días siguientes a su levante o despacho aduanero.

Los registros de los comerciantes llevan el rastreo hasta el primer comprador minorista. Un
comerciante de EE. UU. debe responder a una solicitud de rastreo en 24 horas: los registros deben
guardarse de modo que se encuentren rápido. Esto importa en la región: el 70 % de las armas
recuperadas en México en 2014-18 y enviadas a rastreo procedía de EE. UU.

Cada Estado tiene la misma tarea con sus propios importadores y comerciantes: registros
completos, conservados los años exigidos y recuperables cuando llega un rastreo.]],
      },
      sources = { "A1", "A9", "A7", "A15", "A6" },
    },
  },

  quiz = {
    match {
      id = "retention-periods",
      prompt = {
        en = "Match each kind of record with the minimum time it is kept.",
        es = "Empareje cada tipo de registro con el tiempo mínimo que se conserva.",
      },
      pairs = {
        { { en = "ITI: manufacturing records", es = "ITI: registros de fabricación" },
          { en = "At least 30 years", es = "Al menos 30 años" } },
        { { en = "ITI: import and export records", es = "ITI: registros de importación y exportación" },
          { en = "At least 20 years", es = "Al menos 20 años" } },
        { { en = "Firearms Protocol, Art. 7", es = "Protocolo sobre armas de fuego, art. 7" },
          { en = "At least 10 years", es = "Al menos 10 años" } },
        { { en = "US manufacturing records", es = "Registros de fabricación en EE. UU." },
          { en = "Indefinitely", es = "Indefinidamente" } },
      },
      explain = {
        en = "The ITI asks for 30 years for manufacturing records and 20 for the others, import and export included; the Protocol for at least 10; US law keeps manufacturing records indefinitely.",
        es = "El ITI pide 30 años para los registros de fabricación y 20 para los demás, incluidos los de importación y exportación; el Protocolo, al menos 10; la ley de EE. UU. conserva los de fabricación indefinidamente.",
      },
      sources = { "T2", "T3" },
      tags = { "records-retention" },
    },

    numeric {
      id = "iti-manufacturing-years",
      prompt = {
        en = "Under the International Tracing Instrument, for at least how many years are manufacturing records kept?",
        es = "Según el Instrumento Internacional de Localización, ¿durante al menos cuántos años se conservan los registros de fabricación?",
      },
      answer = 30,
      explain = {
        en = "At least 30 years; other records, import and export included, at least 20.",
        es = "Al menos 30 años; los demás registros, incluidos los de importación y exportación, al menos 20.",
      },
      sources = { "T2" },
      tags = { "records-retention" },
    },

    choice {
      id = "protocol-ten",
      prompt = {
        en = "Which instrument asks states to keep firearm records for at least 10 years?",
        es = "¿Qué instrumento pide a los Estados conservar los registros de armas de fuego al menos 10 años?",
      },
      options = {
        { en = "The International Tracing Instrument", es = "El Instrumento Internacional de Localización" },
        { en = "The UN Firearms Protocol", es = "El Protocolo de la ONU sobre armas de fuego" },
        { en = "ISACS 05.31, the international standard on tracing", es = "ISACS 05.31, la norma internacional sobre rastreo de armas de fuego" },
      },
      answer = 2,
      explain = {
        en = "Article 7 of the Firearms Protocol: at least 10 years. The ITI asks for more (30 and 20 years); ISACS 05.31 sets out how to trace.",
        es = "El artículo 7 del Protocolo sobre armas de fuego: al menos 10 años. El ITI pide más (30 y 20 años); ISACS 05.31 describe cómo rastrear.",
      },
      sources = { "T3", "T2", "T8" },
      tags = { "records-retention" },
    },

    choice {
      id = "three-pillars",
      prompt = {
        en = "On which three pillars does tracing rest?",
        es = "¿En qué tres pilares se apoya el rastreo?",
      },
      options = {
        { en = "Licensing, border control and ballistic comparison", es = "Licencias, control fronterizo y comparación balística" },
        { en = "Marking, record-keeping and cooperation", es = "Marcaje, registro y cooperación" },
        { en = "Registration of owners, amnesties and destruction of surplus", es = "Registro de propietarios, amnistías y destrucción de excedentes" },
      },
      answer = 2,
      explain = {
        en = "Marking identifies the firearm, records say who had it, and cooperation carries the answer across borders. The others are useful controls, but not the pillars of tracing.",
        es = "El marcaje identifica el arma, los registros dicen quién la tuvo y la cooperación lleva la respuesta de un país a otro. Los demás son controles útiles, pero no los pilares del rastreo.",
      },
      sources = { "T10" },
      tags = { "records-retention" },
    },

    truefalse {
      id = "iti-binding",
      prompt = {
        en = "True or false: the International Tracing Instrument is a treaty that binds the states that ratified it, like the Firearms Protocol.",
        es = "Verdadero o falso: el Instrumento Internacional de Localización es un tratado que obliga a los Estados que lo ratificaron, como el Protocolo sobre armas de fuego.",
      },
      answer = false,
      explain = {
        en = "False: the ITI is a political commitment (\"States will...\"). The Firearms Protocol, CIFTA and the Arms Trade Treaty are treaties binding the states that ratified them.",
        es = "Falso: el ITI es un compromiso político (\"Los Estados...\"). El Protocolo sobre armas de fuego, la CIFTA y el Tratado sobre el Comercio de Armas son tratados que obligan a los Estados que los ratificaron.",
      },
      sources = { "T1", "T3", "T4" },
      tags = { "records-retention" },
    },

    choice {
      id = "deleted-after-five",
      prompt = {
        en = "A registry deletes import records after 5 years. A firearm imported 8 years ago is recovered. Which minimum does that practice fall short of?",
        es = "Un registro borra los registros de importación a los 5 años. Se recupera un arma importada hace 8 años. ¿Qué mínimo incumple esa práctica?",
      },
      options = {
        { en = "None: 5 years is the usual minimum for import records", es = "Ninguno: 5 años es el mínimo habitual para los registros de importación" },
        { en = "Only the ITI's 20 years", es = "Solo los 20 años del ITI" },
        { en = "Both: the Protocol's 10 years and the ITI's 20", es = "Ambos: los 10 años del Protocolo y los 20 del ITI" },
        { en = "Only the Protocol's 10 years", es = "Solo los 10 años del Protocolo" },
      },
      answer = 3,
      explain = {
        en = "The Protocol asks for at least 10 years and the ITI for at least 20 for import records: 5 years falls short of both, and the trace of this firearm stops at the registry.",
        es = "El Protocolo pide al menos 10 años y el ITI al menos 20 para los registros de importación: 5 años incumple ambos, y el rastreo de esta arma se detiene en el registro.",
      },
      sources = { "T2", "T3" },
      tags = { "records-retention" },
    },

    function(rng)
      local kinds = {
        { years = 30, en = "a manufacturing record", es = "un registro de fabricación" },
        { years = 20, en = "an import record", es = "un registro de importación" },
        { years = 20, en = "an export record", es = "un registro de exportación" },
      }
      local kind = rng:pick(kinds)
      local age = rng:pick({ 8, 12, 18, 25, 27, 35 })
      local still = age < kind.years
      return truefalse {
        id = "still-kept",
        prompt = {
          en = ("True or false: under the International Tracing Instrument's minimum, %s made %d years ago must still be kept."):format(kind.en, age),
          es = ("Verdadero o falso: según el mínimo del Instrumento Internacional de Localización, %s hecho hace %d años debe conservarse todavía."):format(kind.es, age),
        },
        answer = still,
        explain = {
          en = ("%s: the ITI asks for at least %d years for this record (30 for manufacturing records, 20 for the others). National law may ask for longer: US manufacturing records are kept indefinitely."):format(still and "True" or "False", kind.years),
          es = ("%s: el ITI pide al menos %d años para este registro (30 para los de fabricación, 20 para los demás). La ley nacional puede pedir más: en EE. UU. los registros de fabricación se conservan indefinidamente."):format(still and "Verdadero" or "Falso", kind.years),
        },
        sources = { "T2" },
        tags = { "records-retention" },
      }
    end,

    multi {
      id = "registry-fields",
      prompt = {
        en = "Which of these does ISACS 05.30 recommend that a firearm's marking give, and so a registry hold? Tick each.",
        es = "¿Cuáles de estos datos recomienda ISACS 05.30 que indique la marca de un arma, y que guarde por tanto el registro? Marque cada uno.",
      },
      options = {
        { en = "Two-letter ISO country code", es = "Código ISO del país, de dos letras" },
        { en = "Serial number", es = "Número de serie" },
        { en = "Colour of the finish", es = "Color del acabado" },
        { en = "Model code", es = "Código del modelo" },
        { en = "Price of the first sale", es = "Precio de la primera venta" },
        { en = "Calibre", es = "Calibre" },
      },
      answers = { 1, 2, 4, 6 },
      explain = {
        en = "ISACS 05.30 recommends the ISO country code, a manufacturer code, the year, a model code, the serial number and the calibre. Colour and price identify nothing.",
        es = "ISACS 05.30 recomienda el código ISO del país, un código del fabricante, el año, un código del modelo, el número de serie y el calibre. El color y el precio no identifican nada.",
      },
      sources = { "T7" },
      tags = { "records-retention" },
    },

    order {
      id = "workflow",
      prompt = {
        en = "Put the steps of the iARMS tracing workflow in order.",
        es = "Ordene los pasos del flujo de trabajo de rastreo de iARMS.",
      },
      items = {
        { en = "National registry search", es = "Búsqueda en el registro nacional" },
        { en = "iARMS search and trace", es = "Búsqueda y rastreo en iARMS" },
        { en = "Forensics", es = "Análisis forense" },
        { en = "Intelligence analysis", es = "Análisis de inteligencia" },
      },
      explain = {
        en = "The national registry comes first; then iARMS, for a search and an international trace; then forensics and intelligence analysis.",
        es = "Primero el registro nacional; luego iARMS, para una búsqueda y un rastreo internacional; después el análisis forense y el de inteligencia.",
      },
      sources = { "I5", "I4" },
      tags = { "records-retention" },
    },

    choice {
      id = "first-stop",
      prompt = {
        en = "A firearm is recovered in your country. Where does the search for its records start?",
        es = "Se recupera un arma en su país. ¿Dónde empieza la búsqueda de sus registros?",
      },
      options = {
        { en = "With a request to the manufacturer abroad", es = "Con una solicitud al fabricante en el extranjero" },
        { en = "In the national registry", es = "En el registro nacional" },
        { en = "With a forensic examination of the firearm", es = "Con un examen forense del arma" },
        { en = "In iARMS, before anything national", es = "En iARMS, antes de cualquier consulta nacional" },
      },
      answer = 2,
      explain = {
        en = "The workflow starts with a national registry search, then an iARMS search and trace, then forensics and intelligence analysis.",
        es = "El flujo de trabajo empieza con la búsqueda en el registro nacional, luego la búsqueda y el rastreo en iARMS, después el análisis forense y de inteligencia.",
      },
      sources = { "I5", "I4" },
      tags = { "records-retention" },
    },

    choice {
      id = "pre-1968",
      prompt = {
        en = "In 1999, about 10% of US traces failed for one reason. Which?",
        es = "En 1999, cerca del 10 % de los rastreos en EE. UU. fracasó por una misma razón. ¿Cuál?",
      },
      options = {
        { en = "The firearm had been made before 1968", es = "El arma se había fabricado antes de 1968" },
        { en = "The requesting agency sent the request as Urgent", es = "La agencia solicitante envió la solicitud como Urgente" },
        { en = "The firearm was recovered outside the United States", es = "El arma se recuperó fuera de Estados Unidos" },
      },
      answer = 1,
      explain = {
        en = "About 10% failed because the firearm was made before 1968: the records the trace needed did not exist. About 11% failed on serial-number problems, most others on form errors or dealer records.",
        es = "Cerca del 10 % fracasó porque el arma se fabricó antes de 1968: no existían los registros que el rastreo necesitaba. Cerca del 11 % fracasó por problemas del número de serie, la mayoría de los demás por errores del formulario o de los registros del comerciante.",
      },
      sources = { "A13" },
      tags = { "records-retention" },
    },

    choice {
      id = "records-run-out",
      prompt = {
        en = "A trace reaches a retail dealer who no longer has the record of the sale. What happens to the trace?",
        es = "Un rastreo llega a un comerciante minorista que ya no tiene el registro de la venta. ¿Qué pasa con el rastreo?",
      },
      options = {
        { en = "It goes back to the manufacturer for the buyer's name", es = "Vuelve al fabricante para pedir el nombre del comprador" },
        { en = "It ends there: the records have run out", es = "Termina ahí: se agotaron los registros" },
        { en = "It continues with the next dealer in the same city", es = "Sigue con el siguiente comerciante de la misma ciudad" },
      },
      answer = 2,
      explain = {
        en = "Each link is asked in turn until a purchaser is found or the records run out. The manufacturer knows whom it sold to, not the retail buyer.",
        es = "Se consulta cada eslabón por turno hasta encontrar al comprador o hasta que se agotan los registros. El fabricante sabe a quién vendió, no quién compró al minorista.",
      },
      sources = { "A6" },
      tags = { "records-retention" },
    },

    text {
      id = "trace-end",
      prompt = {
        en = "Where does a trace normally end? Type the link of the chain.",
        es = "¿Dónde termina normalmente un rastreo? Escriba el eslabón de la cadena.",
      },
      answers = {
        { en = "first retail purchaser", es = "primer comprador minorista" },
        { en = "first retail sale", es = "primera venta minorista" },
        { en = "first purchaser", es = "primer comprador" },
        { en = "first retail buyer", es = "primer comprador al por menor" },
        { en = "first buyer", es = "primera venta al por menor" },
        "first sale",
        "primera venta",
        "first retail purchase",
        "primer comprador al detalle",
        "primera venta al detalle",
        "primer adquirente",
      },
      hint = {
        en = "After the retail dealer.",
        es = "Después del comerciante minorista.",
      },
      explain = {
        en = "Traces normally end at the first retail sale, with the first retail purchaser.",
        es = "Los rastreos terminan normalmente en la primera venta minorista, con el primer comprador minorista.",
      },
      sources = { "A6" },
      tags = { "records-retention" },
    },

    choice {
      id = "records-retrievable",
      prompt = {
        en = "A trace request reaches an importer in your country. Its sales records are complete, but kept in unsorted boxes: finding one sale takes weeks. What does that practice fall short of?",
        es = "Una solicitud de rastreo llega a un importador de su país. Sus registros de ventas están completos, pero guardados en cajas sin orden: encontrar una venta lleva semanas. ¿Qué le falta a esa práctica?",
      },
      options = {
        { en = "Nothing: the records exist and are complete", es = "Nada: los registros existen y están completos" },
        { en = "Being retrievable in time", es = "Poder recuperarse a tiempo" },
        { en = "The ITI's minimum of 20 years for import records", es = "El mínimo de 20 años del ITI para los registros de importación" },
      },
      answer = 2,
      explain = {
        en = "A trace asks each link in turn, and a US dealer must answer within 24 hours: records are only useful if they can be found quickly. Every state's importers and dealers need records that are complete, kept for the required years, and retrievable when a trace arrives. The ITI's 20 years say how long, not how fast; nothing here says they were not kept.",
        es = "Un rastreo consulta a cada eslabón por turno, y un comerciante de EE. UU. debe responder en 24 horas: los registros solo sirven si se encuentran rápido. Los importadores y comerciantes de todo Estado necesitan registros completos, conservados los años exigidos y recuperables cuando llega un rastreo. Los 20 años del ITI dicen cuánto tiempo, no con qué rapidez; nada indica aquí que no se hayan conservado.",
      },
      sources = { "A7", "A6", "T2" },
      tags = { "records-retention" },
    },

    choice {
      id = "importer-record",
      prompt = {
        en = "A pistol marked as made in Ruritania (a made-up country) also carries a US importer's mark. Why does the trace request need the importer?",
        es = "Una pistola marcada como fabricada en Ruritania (país ficticio) lleva también la marca de un importador de EE. UU. ¿Por qué la solicitud de rastreo necesita al importador?",
      },
      options = {
        { en = "Its records are the link from the foreign maker to the US market", es = "Sus registros son el eslabón entre el fabricante extranjero y el mercado de EE. UU." },
        { en = "The importer keeps the records of every retail sale made in the United States", es = "El importador guarda los registros de cada venta minorista hecha en Estados Unidos" },
        { en = "It is only needed when the serial number on the frame has been obliterated", es = "Solo se necesita cuando el número de serie del armazón ha sido borrado" },
      },
      answer = 1,
      explain = {
        en = "The importer is a required field when the firearm was made outside the US: the trace starts at the manufacturer or importer and follows the records from there. Retail sales are in the dealers' records.",
        es = "El importador es un campo obligatorio cuando el arma se fabricó fuera de EE. UU.: el rastreo parte del fabricante o importador y sigue los registros desde ahí. Las ventas minoristas están en los registros de los comerciantes.",
      },
      sources = { "A1", "A6" },
      tags = { "records-retention" },
    },

    truefalse {
      id = "us-indefinite",
      prompt = {
        en = "True or false: US law keeps manufacturing records indefinitely, longer than the ITI's minimum.",
        es = "Verdadero o falso: la ley de EE. UU. conserva los registros de fabricación indefinidamente, más que el mínimo del ITI.",
      },
      answer = true,
      explain = {
        en = "True: the ITI sets a minimum of 30 years for manufacturing records, and US law keeps them indefinitely. For a trace to the US, the maker's records do not expire; still, about 10% of US traces in 1999 failed because the firearm was made before 1968.",
        es = "Verdadero: el ITI fija un mínimo de 30 años para los registros de fabricación, y la ley de EE. UU. los conserva indefinidamente. En un rastreo hacia EE. UU., los registros del fabricante no caducan; aun así, cerca del 10 % de los rastreos en EE. UU. en 1999 fracasó porque el arma se fabricó antes de 1968.",
      },
      sources = { "T2", "A13" },
      tags = { "records-retention" },
    },

    choice {
      id = "oas-2007",
      prompt = {
        en = "What did the OAS approve on 19 April 2007?",
        es = "¿Qué aprobó la OEA el 19 de abril de 2007?",
      },
      options = {
        { en = "The Inter-American Convention against illicit manufacturing and trafficking (CIFTA)", es = "La Convención Interamericana contra la fabricación y el tráfico ilícitos (CIFTA)" },
        { en = "The International Tracing Instrument", es = "El Instrumento Internacional de Localización" },
        { en = "Model legislation on marking and tracing", es = "Una legislación modelo sobre marcaje y rastreo" },
      },
      answer = 3,
      explain = {
        en = "Model legislation on marking and tracing, under CIFTA. CIFTA itself dates from 1997; the ITI was adopted at the UN in 2005.",
        es = "Una legislación modelo sobre marcaje y rastreo, en el marco de la CIFTA. La CIFTA es de 1997; el ITI se adoptó en la ONU en 2005.",
      },
      sources = { "T5", "T4", "T12" },
      tags = { "records-retention" },
    },

    order {
      id = "instruments-dates",
      prompt = {
        en = "Put these instruments that require marking in the order they were adopted, oldest first.",
        es = "Ordene estos instrumentos que exigen el marcaje según su año de adopción, del más antiguo al más reciente.",
      },
      items = {
        { en = "CIFTA", es = "CIFTA" },
        { en = "UN Firearms Protocol", es = "Protocolo de la ONU sobre armas de fuego" },
        { en = "International Tracing Instrument", es = "Instrumento Internacional de Localización" },
        { en = "OAS model legislation on marking and tracing", es = "Legislación modelo de la OEA sobre marcaje y rastreo" },
      },
      explain = {
        en = "CIFTA 1997, the Firearms Protocol 2001 (the same year as the UN Programme of Action), the ITI 2005 and the OAS model legislation 2007.",
        es = "CIFTA 1997, el Protocolo sobre armas de fuego 2001 (el mismo año que el Programa de Acción de la ONU), el ITI 2005 y la legislación modelo de la OEA 2007.",
      },
      sources = { "T4", "T3", "T1", "T5", "T12" },
      tags = { "records-retention" },
    },

    multi {
      id = "isacs-0531-record",
      prompt = {
        en = "Under ISACS 05.31, what is recorded about a firearm besides its serial number? Tick each.",
        es = "Según ISACS 05.31, ¿qué se registra de un arma además de su número de serie? Marque cada uno.",
      },
      options = {
        { en = "Proof marks", es = "Marcas de banco de pruebas" },
        { en = "Assembly and patent numbers", es = "Números de ensamble y de patente" },
        { en = "Photographs of the markings", es = "Fotografías de las marcas" },
        { en = "Only what can be read on the barrel", es = "Solo lo que se lee en el cañón" },
      },
      answers = { 1, 2, 3 },
      explain = {
        en = "ISACS 05.31 asks for proof marks, assembly and patent numbers and photographs of the markings; the frame or receiver, not the barrel, is the primary reference point.",
        es = "ISACS 05.31 pide las marcas de banco de pruebas, los números de ensamble y de patente y fotografías de las marcas; el punto de referencia principal es el armazón o cajón de mecanismos, no el cañón.",
      },
      sources = { "T8" },
      tags = { "records-retention" },
    },
  },
}
