-- expect: binary
-- precompile: dump
-- The test compiles this file to Lua bytecode (as luac does) and loads the bytecode: crafted
-- bytecode can break the interpreter's memory safety, so only source text is accepted.
return lesson { id = "hostile-binary", title = "x", pages = { page { title = "x", text = "y" } } }
