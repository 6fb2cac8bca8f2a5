-- expect: stack overflow
-- A gsub callback that calls gsub: every level nests a C call.
local function f() return (string.gsub("a", "a", f)) end
return f()
