-- expect: memory limit|instruction limit|time limit|seconds
-- A hash part that grows without end, one new string key at a time.
local t = {}
for i = 1, 1e9 do t["key" .. i] = i end
