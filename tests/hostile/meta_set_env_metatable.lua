-- expect: cannot change a protected metatable
-- Dropping the environment's metatable would turn unknown globals into silent nils.
setmetatable(_ENV, nil)
