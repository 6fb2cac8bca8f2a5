-- expect: instruction limit|time limit
-- A field read that runs for ever.
local t = setmetatable({}, { __index = function() while true do end end })
return t.x
