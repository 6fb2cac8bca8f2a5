-- expect: unknown global 'collectgarbage': modules cannot use it
-- line: 3
local x = collectgarbage
return x
