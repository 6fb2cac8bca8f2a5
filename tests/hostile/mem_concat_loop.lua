-- expect: memory limit
-- A string that doubles at every step.
local s = "xy"
while true do s = s .. s end
