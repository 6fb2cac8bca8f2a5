-- expect: instruction limit|time limit
-- A loop that ends, in about 2^63 steps.
local n = 0
for i = 1, math.maxinteger do n = n + i end
