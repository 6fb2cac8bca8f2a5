-- expect: memory limit|instruction limit|time limit|seconds
-- Tables that grow without end.
local t = {}
for i = 1, 1e9 do t[i] = { i } end
