-- expect: instruction limit|time limit
-- A comparison for equality that never answers.
local mt = { __eq = function() while true do end end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return a == b
