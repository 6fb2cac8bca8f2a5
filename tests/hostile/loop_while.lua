-- expect: instruction limit|time limit
-- The plainest runaway: stopped by the instruction count hook.
while true do end
