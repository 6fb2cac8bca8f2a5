-- expect: unknown global 'getfenv': modules cannot use it
-- line: 3
local x = getfenv
return x
