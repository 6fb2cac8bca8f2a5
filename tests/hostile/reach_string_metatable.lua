-- expect: attempt to index a boolean value
-- The strings' metatable is shared by every string in the state: it is hidden.
getmetatable("").__index = { upper = function() end }
