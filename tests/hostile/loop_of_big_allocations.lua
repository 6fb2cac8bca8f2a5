-- expect: time limit
-- Each turn builds a 25 MB string: a thousand instructions (the count hook's period) take many
-- seconds. The sandbox also looks at the clock when it hands out a large block, so its own time
-- limit holds here, not only the child process's.
local s
for i = 1, 1e9 do
  s = nil
  s = ("x"):rep(25 << 20)
end
