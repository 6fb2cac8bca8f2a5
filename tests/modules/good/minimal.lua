-- A small clean module used by the lint tests: every field an author commonly writes.
return lesson {
  id = "test-minimal",
  version = 2,
  title = { en = "Test module", es = "Módulo de prueba" },
  summary = { en = "A module for the test suite.", es = "Un módulo para las pruebas." },
  sources = {
    { key = "T1", text = "UN International Tracing Instrument (2005)" },
  },
  pages = {
    page {
      title = { en = "Only page", es = "Única página" },
      text = { en = "Marks must be readable.\n\n- One\n- Two", es = "Las marcas deben ser legibles." },
      sources = { "T1" },
    },
  },
  quiz = {
    choice {
      id = "q1",
      prompt = { en = "Pick two", es = "Elija dos" },
      options = { { en = "One", es = "Uno" }, { en = "Two", es = "Dos" } },
      answer = 2,
      explain = { en = "Two is two.", es = "Dos es dos." },
      sources = { "T1" },
    },
  },
}
