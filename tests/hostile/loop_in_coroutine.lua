-- expect: unknown global 'coroutine': modules cannot use it
-- A loop in a coroutine (another Lua thread) would need the hook on that thread: coroutines are
-- not offered at all, and asking for them says so.
local co = coroutine.wrap(function() while true do end end)
co()
