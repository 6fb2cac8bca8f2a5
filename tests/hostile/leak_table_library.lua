-- expect: poisoned
table.concat = function() return "pwned" end
table.insert = nil
table.hostile_leak = true
error("poisoned")
