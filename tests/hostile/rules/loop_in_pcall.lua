-- expect: instruction limit|time limit
-- The limit's error caught by the rule's own pcall, which loops again: the hook raises it
-- again at the next instruction.
local L = { "0", "1", "2", "3", "4" }
return instrument {
  id = "hostile-rules", title = "Hostile",
  pillars = { pillar { id = "p", title = "P", indicators = {
    indicator { id = "p.i", title = "I", levels = L, verification = "V", questions = { "Q" } },
  } } },
  rules = {
    rule { id = "hostile", text = "H", when = function(a)
      while true do pcall(function() while true do end end) end
    end },
    -- Runs after the hostile rule, in a fresh sandbox: nothing it did is seen here.
    rule { id = "still-runs", text = "S", when = function(a)
      return string.upper ~= nil and rawget(_ENV, "hostile_leak") == nil
    end },
  },
}
