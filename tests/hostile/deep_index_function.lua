-- expect: stack overflow
-- __index that reads the same missing field again: recursion through C and Lua.
local t
t = setmetatable({}, { __index = function(self, k) return self[k] end })
return t.x
