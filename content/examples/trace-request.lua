-- Example from content/README.md ("Forms", "Exams", "Prerequisites"): filling in a trace request
-- from a firearm's markings, as a timed exam that opens once the practice module
-- example-question-types is passed.
-- Facts: rastro's sourced domain facts, keys A1, A2, A7, A8, I2 and T8. The pistol in the form
-- question is made up for the exercise: its maker, importer and serial number are not real.
-- Scope: identification, records and tracing only.
return lesson {
  id = "example-trace-request",
  version = 1,
  title = { en = "Filling in a trace request", es = "Llenar una solicitud de rastreo" },
  summary = {
    en = "The firearm fields of a trace request, read from the markings. Timed exam.",
    es = "Los campos del arma en una solicitud de rastreo, leídos de las marcas. Examen con tiempo.",
  },
  sources = {
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A2", text = "omb.report/icr/202510-1140-006/doc/163302500" },
    { key = "A7", text = "atf.gov/content/what-my-responsibility-respond-request-trace-firearm" },
    { key = "A8", text = "27 CFR 478.92" },
    { key = "I2", text = "interpol.int, iARMS" },
    { key = "T8", text = "ISACS 05.31" },
  },

  -- Opens once the trainee has passed this module (its quiz, at its own pass mark).
  requires = { "example-question-types" },

  -- An exam: 4 questions drawn from those tagged "tracing", in a new order each attempt,
  -- 15 minutes, 3 attempts, 80% to pass; no feedback until the results.
  exam = { time_limit = 900, attempts = 3, pass = 80, draw = 4, tags = { "tracing" } },

  pages = {
    page {
      title = { en = "The trace request form", es = "El formulario de solicitud de rastreo" },
      text = {
        en = [[
The ATF trace request form (3312.1; in Spanish 3312.1(S), *Solicitud de
Rastreo*) asks for these firearm fields:

- serial number, read from the frame or receiver;
- type, calibre, manufacturer and model;
- country of origin;
- importer, required if the firearm was made outside the US.

! Mark the priority Routine or Urgent: an Urgent request needs a justification.]],
        es = [[
El formulario de solicitud de rastreo de la ATF (3312.1; en español 3312.1(S),
*Solicitud de Rastreo*) pide estos campos del arma:

- número de serie, leído del armazón o receptor;
- tipo, calibre, fabricante y modelo;
- país de origen;
- importador, obligatorio si el arma se fabricó fuera de EE. UU.

! Marque la prioridad Rutina o Urgente: una solicitud urgente necesita una justificación.]],
      },
      sources = { "A1", "A2" },
    },
  },

  quiz = {
    form {
      id = "fill-trace-request",
      prompt = {
        en = [[
A recovered pistol (made up for this exercise) is marked:

- frame, left: RASTRO ARMS  MOD RA-9  CAL 9MM
- frame, right: MADE IN CHILE  SN 4BS0871  RIO IMPORTS MIAMI FL

Fill in the firearm fields of the trace request.]],
        es = [[
Una pistola recuperada (inventada para este ejercicio) lleva estas marcas:

- armazón, izquierda: RASTRO ARMS  MOD RA-9  CAL 9MM
- armazón, derecha: MADE IN CHILE  SN 4BS0871  RIO IMPORTS MIAMI FL

Llene los campos del arma de la solicitud de rastreo.]],
      },
      fields = {
        { name = "serial", label = { en = "Serial number", es = "Número de serie" },
          rule = "serial", answer = "4BS0871" },
        { name = "type", label = { en = "Type", es = "Tipo" },
          answers = { { en = "pistol", es = "pistola" } } },
        { name = "manufacturer", label = { en = "Manufacturer", es = "Fabricante" },
          answers = { "Rastro Arms" } },
        { name = "model", label = { en = "Model", es = "Modelo" },
          rule = "exact", answers = { "RA-9" } },
        { name = "calibre", label = { en = "Calibre", es = "Calibre" },
          rule = "number", answer = 9, tolerance = 0, unit = "mm" },
        { name = "country", label = { en = "Country of origin (ISO code)", es = "País de origen (código ISO)" },
          rule = "country", answer = "CL" },
        { name = "importer", label = { en = "Importer", es = "Importador" },
          check = function(value)
            local v = value:lower()
            if v:find("rio imports", 1, true) then
              return true
            elseif v == "none" or v == "ninguno" or v == "n/a" then
              return false, { en = "Required: the pistol was made outside the US.",
                              es = "Obligatorio: la pistola se fabricó fuera de EE. UU." }
            end
            return 0.5, { en = "Copy the importer's name as marked on the frame.",
                          es = "Copie el nombre del importador tal como está marcado en el armazón." }
          end,
          answer = "Rio Imports, Miami FL" },
      },
      explain = {
        en = "The serial number comes from the frame, where the importer's name is marked too; the importer is required because the pistol was made outside the US.",
        es = "El número de serie se toma del armazón, donde también se marca el nombre del importador; el importador es obligatorio porque la pistola se fabricó fuera de EE. UU.",
      },
      sources = { "A1", "A8" },
      tags = { "tracing", "marking" },
    },

    choice {
      id = "urgent-priority",
      prompt = {
        en = "What must a trace request marked Urgent include?",
        es = "¿Qué debe incluir una solicitud de rastreo marcada como urgente?",
      },
      options = {
        { en = "A justification", es = "Una justificación" },
        { en = "The firearm itself", es = "El arma misma" },
        { en = "Nothing more than a Routine request", es = "Nada más que una solicitud de rutina" },
      },
      answer = 1,
      explain = {
        en = "The priority is Routine or Urgent, and an Urgent request needs a justification.",
        es = "La prioridad es Rutina o Urgente, y una solicitud urgente necesita una justificación.",
      },
      sources = { "A1" },
      tags = { "tracing" },
    },

    truefalse {
      id = "importer-required",
      prompt = {
        en = "True or false: the importer field is required when the firearm was made outside the US.",
        es = "Verdadero o falso: el campo del importador es obligatorio cuando el arma se fabricó fuera de EE. UU.",
      },
      answer = true,
      explain = {
        en = "True: the importer is a required field for a firearm made outside the US.",
        es = "Verdadero: el importador es un campo obligatorio para un arma fabricada fuera de EE. UU.",
      },
      sources = { "A1" },
      tags = { "tracing" },
    },

    numeric {
      id = "dealer-answer-hours",
      prompt = {
        en = "Within how many hours must a US dealer answer a trace request?",
        es = "¿En cuántas horas debe un comerciante de EE. UU. responder a una solicitud de rastreo?",
      },
      answer = 24,
      unit = "h",
      explain = {
        en = "24 hours.",
        es = "24 horas.",
      },
      sources = { "A7" },
      tags = { "tracing", "records" },
    },

    order {
      id = "isacs-tracing-steps",
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
      tags = { "tracing" },
    },

    text {
      id = "interpol-records",
      prompt = {
        en = "Which INTERPOL system records lost, stolen, trafficked and seized firearms and handles international trace requests?",
        es = "¿Qué sistema de INTERPOL registra armas perdidas, robadas, traficadas e incautadas y tramita solicitudes internacionales de rastreo?",
      },
      answers = { "iARMS" },
      explain = {
        en = "iARMS, launched in 2013 and used by 175 countries.",
        es = "iARMS, puesto en marcha en 2013 y usado por 175 países.",
      },
      sources = { "I2" },
      tags = { "tracing" },
    },
  },
}
