-- The instrument of the region benchmark (scripts/bench, "region"), read from the instrument
-- rastro ships at every run:
--   lua5.4 tests/bench/region_instrument.lua IN OUT
-- IN is an instrument file (content/assessments/regional.lua). OUT gets a copy of it in which
-- every indicator has a weight: the one IN gives it, else one of 1, 2, 0.5, 3, 1.5, 1 in turn
-- (the regional instrument sets none, and the benchmark must see weights count). The weights are
-- halves, so that their sums are exact in binary and rastro's C and the floor's SQL round alike.
-- Then OUT is read back (plain lua5.4, stub constructors, as floor_load.lua does) and each
-- indicator printed as a line, in the instrument's order, fields separated by "|":
--   pillar number (1..) | pillar id | indicator id | critical 0/1 | weight | not applicable 0/1
-- The bench makes the floor's table of the instrument and the generator's indicator list from
-- these lines. Exit 1, with a message, when IN or OUT is not an instrument with indicators.

local input, output = arg[1], arg[2]
if not input or not output then
  io.stderr:write("usage: lua5.4 region_instrument.lua IN OUT\n")
  os.exit(2)
end

local function fail(msg)
  io.stderr:write("region_instrument: ", msg, "\n")
  os.exit(1)
end

-- Every global the file calls (instrument, pillar, indicator, rule...) returns its table.
local function stub(t) return t end
local function read(path)
  local env = setmetatable({}, { __index = function(_, k) return _G[k] or stub end })
  local chunk, err = loadfile(path, "t", env)
  if not chunk then fail(err) end
  local ok, inst = pcall(chunk)
  if not ok then fail(path .. ": " .. tostring(inst)) end
  if type(inst) ~= "table" or type(inst.pillars) ~= "table" then
    fail(path .. ": no instrument returned")
  end
  local list = {}
  for p, pillar in ipairs(inst.pillars) do
    for _, ind in ipairs(pillar.indicators or {}) do
      list[#list + 1] = { p = p, pillar = pillar.id, id = ind.id, critical = ind.critical == true,
                          weight = ind.weight, na = ind.not_applicable == true }
    end
  end
  if #list == 0 then fail(path .. ": no indicators") end
  return list
end

local original = read(input)
local given = false
local by_id = {}
for k, ind in ipairs(original) do
  given = given or ind.weight ~= nil
  by_id[ind.id] = k
end

local f = assert(io.open(input, "rb"))
local text = f:read("a")
f:close()

local weights = { 1, 2, 0.5, 3, 1.5, 1 }
local want = {}
if given then
  -- The instrument weighs its indicators itself: those weights are the ones to use.
  for k, ind in ipairs(original) do want[k] = ind.weight or 1 end
else
  -- After the line `id = "<indicator>",` of each indicator, a line `weight = W,` at its indent.
  local lines, seen = {}, {}
  for line in (text .. (text:sub(-1) == "\n" and "" or "\n")):gmatch("(.-)\n") do
    lines[#lines + 1] = line
    local indent, id = line:match('^(%s*)id%s*=%s*"([^"]+)",%s*$')
    local k = id and by_id[id]
    if k and not seen[k] then
      seen[k] = true
      want[k] = weights[(k - 1) % #weights + 1]
      lines[#lines + 1] = string.format("%sweight = %s,", indent, tostring(want[k]))
    end
  end
  for k in ipairs(original) do
    if not seen[k] then fail(input .. ": the line of indicator " .. original[k].id .. " not found") end
  end
  text = table.concat(lines, "\n") .. "\n"
end

local out = assert(io.open(output, "wb"))
out:write(text)
out:close()

local copy = read(output)
if #copy ~= #original then fail(output .. ": not the same indicators") end
for k, ind in ipairs(copy) do
  if ind.id ~= original[k].id or (ind.weight or 1) ~= want[k] then
    fail(output .. ": indicator " .. k .. " is not as written")
  end
  io.write(string.format("%d|%s|%s|%d|%s|%d\n", ind.p, ind.pillar, ind.id,
                         ind.critical and 1 or 0, tostring(ind.weight or 1), ind.na and 1 or 0))
end
