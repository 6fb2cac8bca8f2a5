-- expect: instruction limit|time limit
-- The error raised by the limit is caught by the module's own pcall, which loops again: once a
-- limit has tripped, the hook raises it again on the very next instruction.
while true do
  pcall(function() while true do end end)
end
