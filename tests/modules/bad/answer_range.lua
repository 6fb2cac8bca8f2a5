-- Lint fixture: the answer names an option that does not exist (line 18).
return lesson {
  id = "bad-answer",
  title = { en = "Bad answer", es = "Respuesta mala" },
  sources = { { key = "T1", text = "UN International Tracing Instrument (2005)" } },
  pages = {
    page {
      title = { en = "Page", es = "Página" },
      text = { en = "Text", es = "Texto" },
    },
  },
  quiz = {
    choice { id = "q1", prompt = "Which?", options = { "A", "B" }, answer = 2 },
    choice {
      id = "q2",
      prompt = { en = "Which?", es = "¿Cuál?" },
      options = { { en = "A", es = "A" }, { en = "B", es = "B" }, { en = "C", es = "C" } },
      answer = 5,
      explain = { en = "No.", es = "No." },
    },
  },
}
