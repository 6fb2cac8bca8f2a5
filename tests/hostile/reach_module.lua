-- expect: unknown global 'module': modules cannot use it
-- line: 3
local x = module
return x
