-- expect: instruction limit|time limit|error while handling|error in error handling
-- A message handler that never returns.
while true do
  xpcall(error, function() while true do end end)
end
