-- expect: too large|seconds
-- One 60 KB string costs Lua nothing when three hundred pages share it, but the module built from
-- them would be 36 MB of copies: the builder's answer is refused as too large (or, in a slow
-- build, the builder runs out of time first).
local s = ("x"):rep(60000)
local pages = {}
for i = 1, 300 do pages[i] = page { title = "x", text = { en = s, es = s } } end
return lesson { id = "hostile-answer", title = "x", pages = pages }
