-- expect: poisoned
-- Globals set here must not be seen by any other module (the test loads
-- support/pristine.lua next, which checks).
hostile_leak = "leaked"
rawset(_ENV, "hostile_raw_leak", "leaked")
_G.hostile_G_leak = "leaked"
error("poisoned")
