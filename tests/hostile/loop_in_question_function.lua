-- expect: instruction limit|time limit
-- A question function runs when the module is loaded (and again when the question is asked):
-- it is module code under the same limits.
return lesson {
  id = "hostile-generator",
  title = "Question function",
  pages = { page { title = "x", text = "y" } },
  quiz = { function(rng) while true do end end },
}
