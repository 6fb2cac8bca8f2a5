-- expect: unknown global 'io': modules cannot use it
-- A new _ENV that inherits from the old one inherits nothing more.
local _ENV = setmetatable({}, { __index = _G })
return io.open("/etc/passwd")
