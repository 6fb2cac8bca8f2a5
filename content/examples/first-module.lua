-- Example from content/README.md ("Quick start"): the smallest useful module, one page and two
-- questions. `make check` lints every file in content/examples/ with --strict, so the guide's
-- examples always work. Facts: rastro's sourced domain facts, keys T8 and A6.
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
  },
}
