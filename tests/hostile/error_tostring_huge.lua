-- expect: error object is a table value
error(setmetatable({}, { __tostring = function() return ("x"):rep(1 << 12):rep(1 << 13) end }))
