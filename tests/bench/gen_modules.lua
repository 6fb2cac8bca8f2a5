-- Writes benchmark modules for `make bench` (scripts/bench, the "load" benchmark):
--   lua5.4 tests/bench/gen_modules.lua OUTDIR [MODULES [QUESTIONS_PER_MODULE]]
-- Defaults: 200 modules of 50 questions (10,000 in all), each with 3 to 5 pages, 4 to 6 sources,
-- English and Spanish texts, and a fixed mix of every question type but serial (per 50:
-- 14 choice, 8 truefalse, 7 multi, 7 text, 6 numeric, 4 order, 4 match), shuffled per module.
-- Deterministic: its own generator from a fixed seed, so every run writes the same bytes.
-- The modules pass `rastro lint --strict` (the bench checks that they all load).

local outdir = arg[1]
local n_modules = tonumber(arg[2] or "200")
local n_questions = tonumber(arg[3] or "50")
if not outdir or not n_modules or not n_questions then
  io.stderr:write("usage: lua5.4 gen_modules.lua OUTDIR [MODULES [QUESTIONS]]\n")
  os.exit(2)
end

-- 64-bit linear congruential generator (Knuth's MMIX constants); integer arithmetic wraps.
local state = 0x5261737472
local function rand(n) -- 1..n
  state = state * 6364136223846793005 + 1442695040888963407
  return ((state >> 33) % n) + 1
end
local function pick(list) return list[rand(#list)] end
local function shuffle(list)
  for i = #list, 2, -1 do
    local j = rand(i)
    list[i], list[j] = list[j], list[i]
  end
  return list
end
-- k distinct items of list, in list order.
local function sample(list, k)
  local idx = {}
  for i = 1, #list do idx[i] = i end
  shuffle(idx)
  local chosen = {}
  for i = 1, k do chosen[i] = idx[i] end
  table.sort(chosen)
  local out = {}
  for i, v in ipairs(chosen) do out[i] = list[v] end
  return out
end

local function cap(s)
  return (s:gsub("^%l", string.upper))
end

-- Phrase pools, each entry { en, es }.
local parts = {
  { "the serial number", "el número de serie" },
  { "the frame or receiver", "el armazón o receptor" },
  { "the import marking", "la marca de importación" },
  { "the manufacturer's name", "el nombre del fabricante" },
  { "the calibre marking", "la marca de calibre" },
  { "the model designation", "la designación del modelo" },
  { "the proof mark", "la marca de prueba" },
  { "the barrel", "el cañón" },
  { "the slide", "la corredera" },
  { "the cylinder", "el tambor" },
  { "the magazine", "el cargador" },
  { "the country of manufacture", "el país de fabricación" },
  { "the evidence label", "la etiqueta de evidencia" },
  { "the chain of custody record", "el registro de la cadena de custodia" },
  { "the trace request", "la solicitud de rastreo" },
  { "the photograph of each marking", "la fotografía de cada marca" },
}
local kinds = {
  { "pistol", "pistola" }, { "revolver", "revólver" }, { "rifle", "fusil" },
  { "shotgun", "escopeta" }, { "sub-machine gun", "subfusil" }, { "carbine", "carabina" },
}
local facts = {
  { "is recorded before the firearm is packaged", "se registra antes de embalar el arma" },
  { "is read from the frame or receiver", "se lee del armazón o receptor" },
  { "must be photographed with a scale beside it", "debe fotografiarse con una escala al lado" },
  { "identifies the importer when the firearm was made abroad",
    "identifica al importador cuando el arma se fabricó en el extranjero" },
  { "is checked against the registry before a trace is sent",
    "se coteja con el registro antes de enviar un rastreo" },
  { "is copied exactly as marked, character by character",
    "se copia tal como está marcado, carácter por carácter" },
  { "is kept with the evidence from seizure to destruction",
    "se conserva con la evidencia desde la incautación hasta la destrucción" },
  { "is never altered, cleaned or polished before it is recorded",
    "nunca se altera, limpia ni pule antes de registrarse" },
  { "is entered in the trace request in its own field",
    "se anota en la solicitud de rastreo en su propio campo" },
  { "is compared with the manufacturer's published markings",
    "se compara con las marcas publicadas por el fabricante" },
}
local wrong = {
  { "is optional when the firearm looks new", "es opcional cuando el arma parece nueva" },
  { "is guessed from the colour of the grip", "se deduce del color de la empuñadura" },
  { "is only needed for rifles", "solo se necesita para los fusiles" },
  { "is written down after the firearm is destroyed", "se anota después de destruir el arma" },
  { "can be left out when the form is long", "puede omitirse cuando el formulario es largo" },
  { "is rounded to the nearest whole number", "se redondea al número entero más cercano" },
  { "is taken from the owner's statement alone", "se toma solo de la declaración del propietario" },
  { "is the same for every firearm of a model", "es el mismo para todas las armas de un modelo" },
}
local steps = {
  { "Render the firearm safe", "Dejar el arma en condición segura" },
  { "Photograph it as found", "Fotografiarla tal como se encontró" },
  { "Read every marking", "Leer cada marca" },
  { "Record the identifiers", "Registrar los identificadores" },
  { "Label and package it", "Etiquetar y embalar" },
  { "Sign the chain of custody", "Firmar la cadena de custodia" },
  { "Submit the trace request", "Enviar la solicitud de rastreo" },
  { "File the trace result", "Archivar el resultado del rastreo" },
}
local sources = {
  "ISACS 05.31", "ISACS 05.30", "27 CFR 478.92", "ATF Form 3312.1",
  "UNODC Education for Justice, firearms module 2", "NIJ firearms examiner training, module 15",
  "Crime laboratory firearm safety procedure", "Firearms Protocol, article 8",
  "International Tracing Instrument, section III", "Police investigation handbook, firearms chapter",
}
local page_titles = {
  { "Safety first", "La seguridad primero" },
  { "Markings on the frame", "Marcas en el armazón" },
  { "Reading a serial number", "Leer un número de serie" },
  { "Import and proof marks", "Marcas de importación y de prueba" },
  { "Recording what you find", "Registrar lo que encuentra" },
  { "Sending a trace request", "Enviar una solicitud de rastreo" },
  { "Keeping the chain of custody", "Mantener la cadena de custodia" },
}
local units = { "mm", "in", "cm", "g", "rounds" }

local function q(s) return string.format("%q", s) end
local function lt(pair, indent)
  return string.format("{\n%s  en = %s,\n%s  es = %s,\n%s}", indent, q(pair[1]), indent,
                       q(pair[2]), indent)
end
local function cites(keys)
  local ks = sample(keys, rand(2))
  for i, k in ipairs(ks) do ks[i] = q(k) end
  return "{ " .. table.concat(ks, ", ") .. " }"
end

local function sentence(part, fact)
  return { cap(part[1]) .. " " .. fact[1] .. ".", cap(part[2]) .. " " .. fact[2] .. "." }
end

local function page_text()
  local en, es = {}, {}
  for _ = 1, 2 + rand(2) do
    local pe, ps = {}, {}
    for _ = 1, 2 + rand(3) do
      local s = sentence(pick(parts), pick(facts))
      pe[#pe + 1], ps[#ps + 1] = s[1], s[2]
    end
    en[#en + 1], es[#es + 1] = table.concat(pe, " "), table.concat(ps, " ")
  end
  local be, bs = {}, {}
  for _, st in ipairs(sample(steps, 3 + rand(3))) do
    be[#be + 1], bs[#bs + 1] = "- " .. st[1] .. ".", "- " .. st[2] .. "."
  end
  en[#en + 1], es[#es + 1] = table.concat(be, "\n"), table.concat(bs, "\n")
  return table.concat(en, "\n\n"), table.concat(es, "\n\n")
end

local function explain(part, fact, kind)
  return {
    string.format("%s %s: this holds for a %s as for any other firearm, and the trace depends on it.",
                  cap(part[1]), fact[1], kind[1]),
    string.format("%s %s: esto vale para un arma de tipo %s como para cualquier otra, y el rastreo depende de ello.",
                  cap(part[2]), fact[2], kind[2]),
  }
end

-- Each writer returns the body of one question constructor (without the closing brace).
local writers = {}

function writers.choice(out, id, keys)
  local part, kind = pick(parts), pick(kinds)
  local n = 3 + rand(2)
  local right = pick(facts)
  local opts = { right }
  for _, w in ipairs(sample(wrong, n - 1)) do opts[#opts + 1] = w end
  shuffle(opts)
  local answer
  for i, o in ipairs(opts) do if o == right then answer = i end end
  out[#out + 1] = "    choice {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({
    string.format("You examine a recovered %s. What is true of %s?", kind[1], part[1]),
    string.format("Examina una %s recuperada. ¿Qué es cierto de %s?", kind[2], part[2]) }, "      ") .. ",\n"
  out[#out + 1] = "      options = {\n"
  for _, o in ipairs(opts) do
    out[#out + 1] = string.format("        { en = %s, es = %s },\n", q(cap(o[1])), q(cap(o[2])))
  end
  out[#out + 1] = "      },\n      answer = " .. answer .. ",\n"
  out[#out + 1] = "      explain = " .. lt(explain(part, right, kind), "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

function writers.truefalse(out, id, keys)
  local part, kind = pick(parts), pick(kinds)
  local truth = rand(2) == 1
  local fact = truth and pick(facts) or pick(wrong)
  out[#out + 1] = "    truefalse {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({
    string.format("True or false: on a %s, %s %s.", kind[1], part[1], fact[1]),
    string.format("Verdadero o falso: en una %s, %s %s.", kind[2], part[2], fact[2]) }, "      ") .. ",\n"
  out[#out + 1] = "      answer = " .. tostring(truth) .. ",\n"
  out[#out + 1] = "      explain = " .. lt(explain(part, pick(facts), kind), "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

function writers.multi(out, id, keys)
  local part, kind = pick(parts), pick(kinds)
  local n_right, n_wrong = 1 + rand(2), 1 + rand(3)
  local opts = {}
  for _, f in ipairs(sample(facts, n_right)) do opts[#opts + 1] = { f, true } end
  for _, f in ipairs(sample(wrong, n_wrong)) do opts[#opts + 1] = { f, false } end
  shuffle(opts)
  local answers, first_right = {}, nil
  out[#out + 1] = "    multi {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({
    string.format("Which statements about %s of a %s are right? Tick each.", part[1], kind[1]),
    string.format("¿Qué afirmaciones sobre %s de una %s son correctas? Marque cada una.", part[2], kind[2]) },
    "      ") .. ",\n"
  out[#out + 1] = "      options = {\n"
  for i, o in ipairs(opts) do
    out[#out + 1] = string.format("        { en = %s, es = %s },\n", q(cap(o[1][1])), q(cap(o[1][2])))
    if o[2] then
      answers[#answers + 1] = tostring(i)
      first_right = first_right or o[1]
    end
  end
  out[#out + 1] = "      },\n      answers = { " .. table.concat(answers, ", ") .. " },\n"
  if rand(4) == 1 then out[#out + 1] = "      negative = true,\n" end
  out[#out + 1] = "      explain = " .. lt(explain(part, first_right, kind), "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

function writers.text(out, id, keys)
  local part, fact = pick(parts), pick(facts)
  local short = { part[1]:gsub("^the ", ""), (part[2]:gsub("^el ", ""):gsub("^la ", "")) }
  out[#out + 1] = "    text {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({
    string.format("Type the name of the identifier that %s.", fact[1]),
    string.format("Escriba el nombre del identificador que %s.", fact[2]) }, "      ") .. ",\n"
  out[#out + 1] = string.format("      answers = {\n        { en = %s, es = %s },\n        { en = %s, es = %s },\n      },\n",
                                q(short[1]), q(short[2]), q(part[1]), q(part[2]))
  if rand(5) == 1 then out[#out + 1] = "      match_accents = true,\n" end
  out[#out + 1] = "      explain = " .. lt(explain(part, fact, pick(kinds)), "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

function writers.numeric(out, id, keys)
  local kind, unit = pick(kinds), pick(units)
  local value = rand(900) / 10
  out[#out + 1] = "    numeric {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({
    string.format("The record of a %s gives %.1f %s. Type the value as recorded.", kind[1], value, unit),
    string.format("El registro de una %s indica %.1f %s. Escriba el valor registrado.", kind[2], value, unit) },
    "      ") .. ",\n"
  out[#out + 1] = string.format("      answer = %.1f,\n      tolerance = %.1f,\n      unit = %s,\n",
                                value, rand(3) / 10, q(unit))
  out[#out + 1] = "      explain = " .. lt(explain(pick(parts), pick(facts), kind), "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

function writers.order(out, id, keys)
  local items = sample(steps, 3 + rand(4))
  out[#out + 1] = "    order {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({
    "Put these steps in the order they are done with a recovered firearm.",
    "Ordene estos pasos en el orden en que se hacen con un arma recuperada." }, "      ") .. ",\n"
  out[#out + 1] = "      items = {\n"
  for _, it in ipairs(items) do
    out[#out + 1] = string.format("        { en = %s, es = %s },\n", q(it[1]), q(it[2]))
  end
  out[#out + 1] = "      },\n"
  out[#out + 1] = "      explain = " .. lt({ "Safety comes first; the record comes before the request.",
    "La seguridad va primero; el registro va antes de la solicitud." }, "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

function writers.match(out, id, keys)
  local n = 2 + rand(3)
  local ps, fs = sample(parts, n), sample(facts, n)
  out[#out + 1] = "    match {\n      id = " .. q(id) .. ",\n"
  out[#out + 1] = "      prompt = " .. lt({ "Match each identifier with what is done with it.",
    "Empareje cada identificador con lo que se hace con él." }, "      ") .. ",\n"
  out[#out + 1] = "      pairs = {\n"
  for i = 1, n do
    out[#out + 1] = string.format("        { { en = %s, es = %s },\n          { en = %s, es = %s } },\n",
                                  q(cap(ps[i][1])), q(cap(ps[i][2])), q(cap(fs[i][1])), q(cap(fs[i][2])))
  end
  out[#out + 1] = "      },\n"
  out[#out + 1] = "      explain = " .. lt(explain(ps[1], fs[1], pick(kinds)), "      ") .. ",\n"
  out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
end

-- The mix per 50 questions, scaled to n_questions (choice takes the rounding).
local mix = { { "truefalse", 8 }, { "multi", 7 }, { "text", 7 }, { "numeric", 6 },
              { "order", 4 }, { "match", 4 } }
local function question_types()
  local types, others = {}, 0
  for _, m in ipairs(mix) do
    for _ = 1, m[2] * n_questions // 50 do types[#types + 1] = m[1] end
    others = others + m[2] * n_questions // 50
  end
  for _ = 1, n_questions - others do types[#types + 1] = "choice" end
  return shuffle(types)
end

local total = 0
for m = 1, n_modules do
  local out = {}
  local topic = pick(parts)
  out[#out + 1] = string.format("-- Benchmark module %d, written by tests/bench/gen_modules.lua.\n", m)
  out[#out + 1] = "return lesson {\n"
  out[#out + 1] = string.format("  id = \"bench-%03d\",\n  version = %d,\n", m, rand(3))
  out[#out + 1] = "  title = " .. lt({ string.format("Working with %s, part %d", topic[1], m),
    string.format("Trabajar con %s, parte %d", topic[2], m) }, "  ") .. ",\n"
  out[#out + 1] = "  summary = " .. lt(sentence(topic, pick(facts)), "  ") .. ",\n"
  local keys = {}
  out[#out + 1] = "  sources = {\n"
  for i, s in ipairs(sample(sources, 3 + rand(3))) do
    keys[i] = "S" .. i
    out[#out + 1] = string.format("    { key = %q, text = %q },\n", keys[i], s)
  end
  out[#out + 1] = "  },\n  pages = {\n"
  for _, title in ipairs(sample(page_titles, 2 + rand(3))) do
    local en, es = page_text()
    out[#out + 1] = "    page {\n      title = " .. lt(title, "      ") .. ",\n"
    out[#out + 1] = "      text = {\n        en = [[\n" .. en .. "]],\n        es = [[\n" .. es .. "]],\n      },\n"
    out[#out + 1] = "      sources = " .. cites(keys) .. ",\n    },\n"
  end
  out[#out + 1] = "  },\n  quiz = {\n"
  for i, t in ipairs(question_types()) do
    writers[t](out, string.format("q%02d-%s", i, t), keys)
    total = total + 1
  end
  out[#out + 1] = "  },\n}\n"
  local path = string.format("%s/bench-%03d.lua", outdir, m)
  local f = assert(io.open(path, "wb"))
  f:write(table.concat(out))
  f:close()
end
io.stderr:write(string.format("gen_modules: %d modules, %d questions in %s\n", n_modules, total, outdir))
