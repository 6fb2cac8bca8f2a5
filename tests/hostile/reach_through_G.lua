-- expect: unknown global 'io': modules cannot use it
-- _G is the module's own environment, not the real globals.
return _G.io.open("/etc/passwd")
