-- expect: unknown global 'io'
-- line: 12
-- Reading a file from a rule.
local L = { "0", "1", "2", "3", "4" }
return instrument {
  id = "hostile-rules", title = "Hostile",
  pillars = { pillar { id = "p", title = "P", indicators = {
    indicator { id = "p.i", title = "I", levels = L, verification = "V", questions = { "Q" } },
  } } },
  rules = {
    rule { id = "hostile", text = "H", when = function(a)
      return io.open("/etc/passwd") ~= nil
    end },
    -- Runs after the hostile rule, in a fresh sandbox: nothing it did is seen here.
    rule { id = "still-runs", text = "S", when = function(a)
      return string.upper ~= nil and rawget(_ENV, "hostile_leak") == nil
    end },
  },
}
