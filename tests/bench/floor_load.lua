-- Benchmark floor for loading modules (scripts/bench, the "load" benchmark): the least that can
-- load them: one plain lua5.4 process compiles and runs each file with stub constructors
-- (lesson, page, choice... return their table), without sandbox, checks or copying.
--   lua5.4 tests/bench/floor_load.lua [--keep] FILE...
-- Prints "N modules, Q questions" (and with --keep, which holds on to every module's tables,
-- the Lua heap they take, for comparison with rastro's model). Exit 1 when a file fails.

local keep = arg[1] == "--keep"
local first = keep and 2 or 1

local function stub(t) return t end
local api = {}
for _, name in ipairs({ "lesson", "page", "choice", "truefalse", "multi", "text", "numeric",
                        "serial", "order", "match" }) do
  api[name] = stub
end

collectgarbage("collect")
local before = collectgarbage("count")
local kept = {}
local modules, questions = 0, 0
for i = first, #arg do
  -- A fresh environment per module, as rastro gives each its own.
  local env = setmetatable({}, { __index = api })
  local chunk, err = loadfile(arg[i], "t", env)
  if not chunk then
    io.stderr:write("floor_load: ", err, "\n")
    os.exit(1)
  end
  local m = chunk()
  if type(m) ~= "table" or type(m.id) ~= "string" then
    io.stderr:write("floor_load: ", arg[i], ": no lesson returned\n")
    os.exit(1)
  end
  modules = modules + 1
  questions = questions + #(m.quiz or {})
  if keep then kept[#kept + 1] = m end
end
io.write(string.format("%d modules, %d questions", modules, questions))
if keep then
  collectgarbage("collect")
  local bytes = (collectgarbage("count") - before) * 1024
  io.write(string.format(", Lua heap kept %.0f bytes per module", bytes / math.max(modules, 1)))
end
io.write("\n")
