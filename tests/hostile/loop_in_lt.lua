-- expect: instruction limit|time limit
local mt = { __lt = function() while true do end end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return a < b
