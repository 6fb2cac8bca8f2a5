-- expect: instruction limit|time limit
local t = setmetatable({}, { __concat = function() while true do end end })
return "x" .. t
