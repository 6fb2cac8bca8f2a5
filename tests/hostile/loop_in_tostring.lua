-- expect: instruction limit|time limit
-- tostring calls __tostring from C.
local t = setmetatable({}, { __tostring = function() while true do end end })
return tostring(t)
