-- An example assessment instrument: two pillars of a country's capacity to trace firearms,
-- rated on the 0-4 scale, with a level measured from rastro's own records and two
-- recommendation rules. The regional instrument (content/assessments/regional.lua) has the
-- same shape with eight pillars. Check it with `rastro lint FILE`.
return instrument {
  id = "example-tracing-capacity",
  version = 1,
  title = { en = "Tracing capacity (example)", es = "Capacidad de rastreo (ejemplo)" },

  -- Where the indicators come from; each indicator cites the keys.
  sources = {
    { key = "T1", text = "UN International Tracing Instrument (2005)" },
    { key = "T7", text = "ISACS 05.30, Marking and recordkeeping" },
    { key = "T8", text = "ISACS 05.31, Tracing illicit small arms and light weapons" },
    { key = "A10", text = "US Department of State fact sheet, March 2011" },
  },

  pillars = {
    pillar {
      id = "records",
      title = { en = "Record-keeping", es = "Registro" },
      indicators = {
        indicator {
          id = "records.registry",
          title = {
            en = "Central registry holding the ISACS fields",
            es = "Registro central con los campos de ISACS",
          },
          critical = true, -- the pillar scores at most 25 while this is at 0
          levels = {       -- what levels 0 to 4 mean for this indicator, in order
            { en = "No central registry.", es = "No hay registro central." },
            { en = "A registry is required by law; records are kept ad hoc.",
              es = "La ley exige un registro; los datos se llevan sin método." },
            { en = "Some agencies record on paper; not audited.",
              es = "Algunas instituciones registran en papel; sin auditoría." },
            { en = "Nationwide, with the ISACS fields; reviewed periodically.",
              es = "Nacional, con los campos de ISACS; revisado periódicamente." },
            { en = "Electronic, audited, staff trained, data reported.",
              es = "Electrónico, auditado, personal capacitado, datos informados." },
          },
          verification = {
            en = "The registry itself: a sample of ten records checked against the firearms.",
            es = "El propio registro: diez registros cotejados con las armas.",
          },
          questions = {
            { en = "Which fields does a record hold?", es = "¿Qué campos tiene un registro?" },
            { en = "Who can search it, and how fast?", es = "¿Quién puede consultarlo y con qué rapidez?" },
          },
          sources = { "T7" },
        },
        indicator {
          id = "records.retention",
          title = { en = "Records kept for 30 years or more", es = "Registros conservados 30 años o más" },
          weight = 0.5, -- counts half as much as the registry in the pillar's score
          levels = {
            { en = "No rule on keeping records.", es = "No hay norma de conservación." },
            { en = "A rule exists; practice varies.", es = "Existe una norma; la práctica varía." },
            { en = "Kept at some sites only.", es = "Se conservan solo en algunos lugares." },
            { en = "Kept everywhere for the time the rule says.", es = "Se conservan en todas partes el tiempo que fija la norma." },
            { en = "Kept, audited and retrievable within a day.", es = "Se conservan, auditan y recuperan en un día." },
          },
          verification = { en = "The retention rule and an archive visit.", es = "La norma de conservación y una visita al archivo." },
          questions = { { en = "How old is the oldest record found?", es = "¿Qué antigüedad tiene el registro más antiguo?" } },
          sources = { "T1", "T7" },
        },
      },
    },
    pillar {
      id = "tracing",
      title = { en = "Tracing", es = "Rastreo" },
      indicators = {
        indicator {
          id = "tracing.contact",
          title = { en = "National point of contact for tracing", es = "Punto de contacto nacional para el rastreo" },
          critical = true,
          not_applicable = false,
          levels = {
            { en = "None named.", es = "No se ha designado." },
            { en = "Named on paper only.", es = "Designado solo en papel." },
            { en = "Named; answers some requests.", es = "Designado; responde algunas solicitudes." },
            { en = "Answers requests within the agreed time.", es = "Responde en el plazo acordado." },
            { en = "Answers, tracks and reports every request.", es = "Responde, sigue e informa cada solicitud." },
          },
          verification = { en = "The designation and the log of requests.", es = "La designación y el registro de solicitudes." },
          questions = { { en = "How many requests came in last year?", es = "¿Cuántas solicitudes llegaron el año pasado?" } },
          sources = { "T8" },
        },
        indicator {
          id = "tracing.training",
          title = { en = "Officers trained in tracing", es = "Funcionarios capacitados en rastreo" },
          not_applicable = true, -- may be rated "not applicable", with a reason
          levels = {
            { en = "Fewer than a fifth of the trainees passed.", es = "Aprobó menos de una quinta parte." },
            { en = "A fifth or more passed.", es = "Aprobó una quinta parte o más." },
            { en = "Two fifths or more passed.", es = "Aprobaron dos quintas partes o más." },
            { en = "Three fifths or more passed.", es = "Aprobaron tres quintas partes o más." },
            { en = "Four fifths or more passed.", es = "Aprobaron cuatro quintas partes o más." },
          },
          verification = { en = "rastro's results for the country.", es = "Los resultados de rastro del país." },
          questions = { { en = "Which agencies sent trainees?", es = "¿Qué instituciones enviaron participantes?" } },
          sources = { "A10" },
          -- A level proposed from rastro's records: the share of the country's trainees who
          -- passed the trace request module; the assessor accepts it or gives a reason for
          -- another level.
          measure = {
            name = "competency_pass_share",
            competencies = { "example-trace-request" },
            thresholds = { 0, 20, 40, 60, 80 },
          },
        },
      },
    },
  },

  -- Recommendations: each when function gets the assessment, a read-only table, and says
  -- whether its text applies. Unrated indicators read as nil.
  rules = {
    rule {
      id = "name-a-contact",
      pillar = "tracing",
      when = function(a) return a.level["tracing.contact"] == 0 end,
      text = {
        en = "Name a national point of contact for tracing, as ISACS 05.31 asks.",
        es = "Designe un punto de contacto nacional para el rastreo, como pide ISACS 05.31.",
      },
    },
    rule {
      id = "train-more",
      when = function(a)
        local share = a.measured["tracing.training"]
        return share ~= nil and share < 40
      end,
      text = {
        en = "Train more officers in tracing: fewer than two in five have passed.",
        es = "Capacite a más funcionarios en rastreo: menos de dos de cada cinco aprobaron.",
      },
    },
  },
}
