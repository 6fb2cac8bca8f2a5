-- expect: instruction limit|time limit
-- When the limit trips inside f, Lua calls the handler with hooks disabled: the sandbox must
-- not run it at all, or it would loop out of the hook's reach.
xpcall(function() while true do end end, function() while true do end end)
