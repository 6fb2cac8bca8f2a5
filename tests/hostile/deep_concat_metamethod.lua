-- expect: stack overflow
local t
t = setmetatable({}, { __concat = function(a, b) return a .. t end })
return "x" .. t
