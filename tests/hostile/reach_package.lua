-- expect: unknown global 'package': modules cannot use it
-- line: 3
local x = package
return x
