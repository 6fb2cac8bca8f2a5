-- expect: instruction limit|time limit
-- The limit trips in the loop; __close then runs during the unwinding and loops too.
local guard <close> = setmetatable({}, { __close = function() while true do end end })
while true do end
