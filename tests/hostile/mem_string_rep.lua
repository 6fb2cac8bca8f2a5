-- expect: memory limit|too large
-- A gigabyte string in one call.
local s = string.rep("x", 1 << 30)
