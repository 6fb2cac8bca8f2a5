-- expect: memory limit|too large
-- An empty string repeated with a separator is not empty.
local s = (""):rep(1 << 40, "sep")
