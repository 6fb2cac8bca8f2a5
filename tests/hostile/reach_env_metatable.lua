-- expect: attempt to index a boolean value
-- The environment's metatable is protected: getmetatable says false.
return getmetatable(_ENV).__index
