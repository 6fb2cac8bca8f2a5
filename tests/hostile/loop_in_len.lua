-- expect: instruction limit|time limit
local t = setmetatable({}, { __len = function() while true do end end })
return #t
