-- expect: unknown global 'io': modules cannot use it
-- line: 3
local x = io
return x
