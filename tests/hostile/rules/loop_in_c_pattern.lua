-- expect: seconds
-- A pattern that backtracks for ever inside C, where no hook runs: the worker process's
-- limits stop it.
local L = { "0", "1", "2", "3", "4" }
return instrument {
  id = "hostile-rules", title = "Hostile",
  pillars = { pillar { id = "p", title = "P", indicators = {
    indicator { id = "p.i", title = "I", levels = L, verification = "V", questions = { "Q" } },
  } } },
  rules = {
    rule { id = "hostile", text = "H", when = function(a)
      return string.rep("a", 100000):find(".-.-.-.-x")
    end },
    -- Runs after the hostile rule, in a fresh sandbox: nothing it did is seen here.
    rule { id = "still-runs", text = "S", when = function(a)
      return string.upper ~= nil and rawget(_ENV, "hostile_leak") == nil
    end },
  },
}
