-- Loaded after every case of the corpus: checks that this module starts in a pristine sandbox,
-- whatever the hostile module before it did (globals, library tables, metatables). Any leak
-- stops it with an error that names what leaked.
local function check(ok, what)
  if not ok then error("leaked into the next module: " .. what, 2) end
end

-- Globals: nothing a hostile module set, nothing from outside the allow-list.
for _, name in ipairs({ "hostile_leak", "hostile_raw_leak", "hostile_G_leak", "io", "os",
                        "require", "package", "load", "loadfile", "dofile", "debug",
                        "collectgarbage", "print", "coroutine", "loadstring", "module" }) do
  check(rawget(_ENV, name) == nil, "global " .. name)
  check(not pcall(function() return _ENV[name] end), "reading " .. name .. " is not an error")
end
local kinds = {
  assert = "function", error = "function", ipairs = "function", next = "function",
  pairs = "function", pcall = "function", xpcall = "function", rawequal = "function",
  rawget = "function", rawlen = "function", rawset = "function", select = "function",
  getmetatable = "function", setmetatable = "function", tonumber = "function",
  tostring = "function", type = "function", _VERSION = "string", _G = "table",
  string = "table", table = "table", math = "table", utf8 = "table",
}
for name, value in next, _ENV do
  -- anything else is the authoring API (lesson, page, choice, ...): functions only
  check(type(value) == (kinds[name] or "function"), "global " .. tostring(name))
end
for name, kind in next, kinds do check(type(rawget(_ENV, name)) == kind, "missing " .. name) end
check(_G == _ENV, "_G")
check(getmetatable(_ENV) == false, "environment metatable")

-- Base functions behave as themselves.
check(type(pairs) == "function" and select("#", pairs({})) == 3, "pairs")
check(tostring(12) == "12" and type(1) == "number" and tonumber("7") == 7, "tostring/type")
check(not pcall(error, "x") and select(2, pcall(type, 1)) == "number", "error/pcall")

-- Library tables: the module's own fresh copies.
check(string.upper("abc") == "ABC" and ("abc"):upper() == "ABC", "string.upper")
check(string.rep("ab", 3) == "ababab" and ("ab"):rep(2, "-") == "ab-ab", "string.rep")
check(string.format("%d-%s", 4, "x") == "4-x", "string.format")
check(string.dump == nil and rawget(string, "hostile_leak") == nil, "string table")
check(getmetatable("") == false, "strings' metatable")
check(math.pi > 3.14159 and math.pi < 3.1416 and math.floor(2.5) == 2, "math")
check(rawget(math, "hostile_leak") == nil and math.random(1, 1) == 1, "math table")
check(table.concat({ "a", "b" }, ",") == "a,b" and type(table.insert) == "function", "table")
check(rawget(table, "hostile_leak") == nil, "table table")
check(utf8.char(0x41) == "A", "utf8")

return lesson {
  id = "hostile-pristine",
  title = { en = "Pristine sandbox", es = "Entorno limpio" },
  sources = { { key = "T", text = "tests/hostile/README.md" } },
  pages = {
    page {
      title = { en = "Nothing leaked", es = "Nada se filtró" },
      text = { en = "Checked.", es = "Comprobado." },
      sources = { "T" },
    },
  },
}
