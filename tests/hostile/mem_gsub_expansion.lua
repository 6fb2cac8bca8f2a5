-- expect: memory limit
-- Each replacement is the whole string: the result squares in size.
local s = ("x"):rep(1000)
s = s:gsub("x", s)
s = s:gsub("x", s)
