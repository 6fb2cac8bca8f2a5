-- expect: unknown global 'print': modules cannot use it
-- line: 3
local x = print
return x
