-- expect: unknown global 'require': modules cannot use it
-- line: 3
local x = require
return x
