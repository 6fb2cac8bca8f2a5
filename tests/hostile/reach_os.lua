-- expect: unknown global 'os': modules cannot use it
-- line: 3
local x = os
return x
