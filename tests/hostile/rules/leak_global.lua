-- expect: poisoned
-- line: 14
-- Globals and libraries changed here must not reach the next rule (still-runs checks).
local L = { "0", "1", "2", "3", "4" }
return instrument {
  id = "hostile-rules", title = "Hostile",
  pillars = { pillar { id = "p", title = "P", indicators = {
    indicator { id = "p.i", title = "I", levels = L, verification = "V", questions = { "Q" } },
  } } },
  rules = {
    rule { id = "hostile", text = "H", when = function(a)
      string.upper = nil
      hostile_leak = true
      error("poisoned")
    end },
    -- Runs after the hostile rule, in a fresh sandbox: nothing it did is seen here.
    rule { id = "still-runs", text = "S", when = function(a)
      return string.upper ~= nil and rawget(_ENV, "hostile_leak") == nil
    end },
  },
}
