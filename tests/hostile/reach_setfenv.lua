-- expect: unknown global 'setfenv': modules cannot use it
-- line: 3
local x = setfenv
return x
