-- A module that loads, having changed everything it can reach: its globals, its library tables
-- and its authoring API. The next module (pristine.lua) must see none of it.
hostile_leak = "leaked"
string.upper = function() return "pwned" end
math.pi = 3
table.concat = function() return "pwned" end
local build = lesson
lesson = function() error("pwned lesson") end
return build {
  id = "hostile-leaky",
  title = { en = "Leaky", es = "Con fugas" },
  sources = { { key = "T", text = "tests/hostile/README.md" } },
  pages = {
    page { title = { en = "x", es = "x" }, text = { en = "y", es = "y" }, sources = { "T" } },
  },
}
