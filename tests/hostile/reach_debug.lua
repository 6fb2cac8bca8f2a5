-- expect: unknown global 'debug': modules cannot use it
-- line: 3
local x = debug
return x
