-- Example from content/README.md ("Glossary"): a glossary file of four terms. A file that
-- returns glossary { ... } instead of a lesson declares terms; the shell lists them on its
-- glossary screen (Ctrl-G), and lint checks the text questions of the modules beside it against
-- their names (question-types.lua accepts every name of the frame or receiver listed here).
-- Facts: rastro's sourced domain facts, keys T8, A8, U1, U2, A5 and A9.
return glossary {
  sources = {
    { key = "T8", text = "ISACS 05.31" },
    { key = "A8", text = "27 CFR 478.92" },
    { key = "U1", text = "UNODC Education for Justice, firearms module 2, common firearm types" },
    { key = "U2", text = "UNODC Education for Justice, firearms module 2, parts and components" },
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "A9", text = "ATF Federal Firearms Regulations guidebook" },
  },

  terms = {
    term {
      id = "frame-or-receiver",
      -- The first name is the preferred one; the others are synonyms a typed answer may use.
      en = { "frame or receiver", "receiver", "frame" },
      es = { "cajón de mecanismos", "armazón", "receptor" },
      define = {
        en = "The part that is the primary reference point for identifying a firearm. US law puts the serial number on it.",
        es = "La pieza que es el punto de referencia principal para identificar un arma de fuego. La ley de EE. UU. pone en ella el número de serie.",
      },
      sources = { "T8", "A8", "U2" },
      see = { "pistol" },
    },
    term {
      id = "pistol",
      en = "pistol",
      es = "pistola",
      define = {
        en = "A firearm fired from one hand whose chamber is integral with the barrel. In much of Latin America a semi-automatic pistol is called a \"pistola automática\".",
        es = "Arma de fuego que se dispara con una mano y cuya recámara está integrada en el cañón. En buena parte de América Latina se llama \"pistola automática\" a la pistola semiautomática.",
      },
      sources = { "A5", "U1" },
    },
    term {
      id = "single-action",
      en = { "single action" },
      es = { "simple acción", "acción simple" },
      define = {
        en = "An action in which the hammer is cocked by hand. Revolvers and pistols are made in single action.",
        es = "Mecanismo en el que el martillo se amartilla a mano. Hay revólveres y pistolas de simple acción.",
      },
      sources = { "U1" },
    },
    term {
      id = "customs-release",
      en = { "release from customs", "customs clearance" },
      es = { "levante", "despacho aduanero" },
      define = {
        en = "The moment customs lets imported goods go. US importers must mark imported firearms within 15 days of it.",
        es = "El momento en que la aduana entrega la mercancía importada. Los importadores de EE. UU. deben marcar las armas importadas dentro de los 15 días siguientes.",
      },
      sources = { "A9" },
    },
  },
}
