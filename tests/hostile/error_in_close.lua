-- expect: error object is a table value
-- The error raised by __close while unwinding replaces the first one.
local guard <close> = setmetatable({}, { __close = function()
  error(setmetatable({}, { __tostring = function() while true do end end }))
end })
error("first")
