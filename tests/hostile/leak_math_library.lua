-- expect: poisoned
math.pi = 3
math.floor = function() return 42 end
math.random = function() return 4 end
math.hostile_leak = true
error("poisoned")
