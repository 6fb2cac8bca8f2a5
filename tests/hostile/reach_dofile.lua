-- expect: unknown global 'dofile': modules cannot use it
-- line: 3
local x = dofile
return x
