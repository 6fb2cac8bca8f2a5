-- expect: instruction limit|time limit
local t = setmetatable({}, { __add = function() while true do end end })
return t + 1
