-- rastro competencies: what the questions of the bundled modules test.
--
-- Each question names the competencies it tests in its `tags`; this file gives
-- each competency the title trainees and organisers read in "My progress" and
-- in reports, in English and Spanish.

return competencies {
  { id = "safe-handling",  title = { en = "Safe handling",  es = "Manipulación segura" } },
  { id = "identification", title = { en = "Identification", es = "Identificación" } },
  { id = "marking",        title = { en = "Marking",        es = "Marcaje" } },
  { id = "records",        title = { en = "Records",        es = "Registros" } },
}
