-- expect: unknown global 'loadstring': modules cannot use it
-- line: 3
local x = loadstring
return x
