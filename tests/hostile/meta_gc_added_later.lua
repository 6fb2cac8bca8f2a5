-- expect: finalizer never ran
-- A __gc added after setmetatable does not mark the object (Lua checks only at setmetatable):
-- the garbage made below would otherwise run it, with no hook to stop it.
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
for i = 1, 200000 do local junk = { i } end
error("finalizer never ran")
