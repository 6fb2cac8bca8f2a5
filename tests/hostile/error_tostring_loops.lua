-- expect: error object is a table value
-- Reporting the error must not call module code: this __tostring never returns.
error(setmetatable({}, { __tostring = function() while true do end end }))
