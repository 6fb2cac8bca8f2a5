-- expect: instruction limit|time limit
-- pairs honours __pairs.
local t = setmetatable({}, { __pairs = function() while true do end end })
for _ in pairs(t) do end
