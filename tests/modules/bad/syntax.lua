-- Lint fixture: a syntax error on line 5.
return lesson {
  id = "bad-syntax",
  title = "Syntax",
  pages = { page { title = "P", text = "T" } }
  quiz = {},
}
