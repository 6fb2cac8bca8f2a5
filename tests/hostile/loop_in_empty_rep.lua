-- expect: returned at once
-- string.rep("", n) copies nothing n times: the library would spin for ever inside C. The sandbox's
-- rep returns at once, so the module gets to its own error.
assert(string.rep("", math.maxinteger) == "")
assert((""):rep(math.maxinteger) == "")
assert(("x"):rep(3, ",") == "x,x,x")
error("returned at once")
