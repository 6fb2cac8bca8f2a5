-- expect: unknown global 'loadfile': modules cannot use it
-- line: 3
local x = loadfile
return x
