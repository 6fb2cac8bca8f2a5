-- expect: instruction limit|time limit
local t = setmetatable({}, { __call = function() while true do end end })
return t()
