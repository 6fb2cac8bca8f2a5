-- expect: poisoned
-- Each module has its own copy of the string table; the strings' metatable points at it.
string.upper = function() return "pwned" end
string.rep = function() return "pwned" end
string.format = nil
string.hostile_leak = true
error("poisoned")
