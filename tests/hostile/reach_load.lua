-- expect: unknown global 'load': modules cannot use it
-- line: 3
local x = load
return x
