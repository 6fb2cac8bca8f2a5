-- expect: table expected, got string
-- setmetatable only works on tables; debug.setmetatable, which could reach strings, numbers
-- and functions, is absent.
setmetatable("", { __index = function() return "pwned" end })
