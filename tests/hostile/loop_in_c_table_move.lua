-- expect: seconds
-- A library loop in C over 2^50 absent elements: no instructions, no memory, only time.
local t = {}
table.move(t, 1, 1 << 50, 2)
