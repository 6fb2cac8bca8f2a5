-- expect: loop|stack overflow
-- A table that is its own __index: the lookup chain never reaches an end.
local t = setmetatable({}, {})
getmetatable(t).__index = t
return t.x
