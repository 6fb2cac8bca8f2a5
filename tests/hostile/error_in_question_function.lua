-- expect: the question function failed: error object is a table value
return lesson {
  id = "hostile-generator-error",
  title = "Question function",
  pages = { page { title = "x", text = "y" } },
  quiz = {
    function(rng)
      error(setmetatable({}, { __tostring = function() while true do end end }))
    end,
  },
}
