-- expect: time limit|seconds
-- Each turn sorts two million numbers inside C, allocating nothing: a thousand instructions take
-- minutes. Only the wall-clock limit of the child process that builds the module stops this one
-- in time (the sandbox's clock is read between instructions).
local t = {}
for i = 1, 2000000 do t[i] = i end
while true do table.sort(t) end
