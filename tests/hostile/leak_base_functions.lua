-- expect: poisoned
-- Replaces the base functions and the authoring API in this module's environment.
pairs = function() return function() end end
tostring = function() return "pwned" end
type = function() return "nil" end
lesson = function() error("pwned lesson") end
page = nil
error("poisoned")
