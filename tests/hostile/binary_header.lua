-- expect: binary
-- precompile: header
-- The test puts the bytecode signature "\27Lua" in front of this text and loads that: the first
-- byte alone decides, whatever follows.
return lesson { id = "hostile-header", title = "x", pages = { page { title = "x", text = "y" } } }
