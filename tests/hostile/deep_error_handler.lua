-- expect: error in error handling|stack overflow
-- A message handler that raises an error calls itself again, and again.
local ok, msg = xpcall(error, function(m) error(m) end, "boom")
error(msg, 0)
