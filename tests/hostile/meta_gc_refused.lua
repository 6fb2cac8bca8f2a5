-- expect: __gc metamethods are not allowed
-- Finalizers run with hooks disabled (and at close), out of reach of the limits.
setmetatable({}, { __gc = function() while true do end end })
