-- expect: attempt to index a nil value
-- rawget skips the environment's __index: what is not there is simply nil.
return rawget(_G, "os").exit()
