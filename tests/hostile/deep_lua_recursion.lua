-- expect: stack overflow|memory limit
-- Recursion without end (not a tail call, so every call keeps a frame).
local function f(n) return f(n + 1) + 1 end
return f(1)
