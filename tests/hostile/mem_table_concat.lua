-- expect: memory limit
-- A thousand references to one megabyte, joined: a gigabyte built inside C.
local mb = ("x"):rep(1 << 20)
local t = {}
for i = 1, 1000 do t[i] = mb end
return table.concat(t)
