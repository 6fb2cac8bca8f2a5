-- expect: error object is a table value
local e
e = setmetatable({}, { __tostring = function() return tostring(e) end })
error(e)
