-- expect: memory limit|too large
-- The same through the strings' metatable: ("x"):rep must be the sandbox's rep too.
local s = ("x"):rep(1 << 30)
