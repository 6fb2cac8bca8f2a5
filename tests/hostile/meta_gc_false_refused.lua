-- expect: __gc metamethods are not allowed
-- Any __gc field marks the object for finalization: even false is refused.
setmetatable({}, { __gc = false })
