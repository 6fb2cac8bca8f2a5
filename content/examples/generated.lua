-- Example from content/README.md ("Generated questions"): quiz entries written as functions of a
-- seeded generator, so that each attempt asks a new instance of the same question.
-- Facts: rastro's sourced domain facts, keys A6, A16, T2 and T3. The serial numbers and dates
-- are made up by the generator.
-- Scope: records and tracing only.

-- Characters that are easily confused on stamped metal, and others.
local CONFUSABLE = { "O", "0", "I", "1", "S", "5", "B", "8", "Z", "2", "G", "6" }
local PLAIN = { "A", "C", "D", "E", "F", "H", "K", "M", "N", "P", "R", "T", "3", "4", "7", "9" }

local MONTHS = {
  { en = "January", es = "enero" }, { en = "February", es = "febrero" },
  { en = "March", es = "marzo" }, { en = "April", es = "abril" },
  { en = "May", es = "mayo" }, { en = "June", es = "junio" },
  { en = "July", es = "julio" }, { en = "August", es = "agosto" },
  { en = "September", es = "septiembre" }, { en = "October", es = "octubre" },
  { en = "November", es = "noviembre" }, { en = "December", es = "diciembre" },
}

return lesson {
  id = "example-generated",
  version = 1,
  title = { en = "Serials, dates and records", es = "Series, fechas y registros" },
  summary = {
    en = "Transcription, time-to-crime and record keeping, with new figures on every attempt.",
    es = "Transcripción, tiempo hasta el delito y conservación de registros, con datos nuevos en cada intento.",
  },
  sources = {
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A16", text = "usafacts.org, \"Time to crime\" (citing ATF)" },
    { key = "T2", text = "US national report to the UN on the PoA/ITI" },
    { key = "T3", text = "UN Firearms Protocol Arts. 7-8" },
  },
  practice = { retries = 2, penalty = 0.25, shuffle = true },

  quiz = {
    -- A new serial number for every seed: 6 to 9 characters, about half of them confusable.
    function(rng)
      local chars = {}
      for i = 1, rng:int(6, 9) do
        chars[i] = rng:number() < 0.5 and rng:pick(CONFUSABLE) or rng:pick(PLAIN)
      end
      local sn = table.concat(chars)
      return serial {
        id = "transcribe-generated",
        prompt = {
          en = "A receiver is marked " .. sn .. ". Type the serial number exactly as marked.",
          es = "Un receptor lleva la marca " .. sn .. ". Escriba el número de serie tal como está marcado.",
        },
        answer = sn,
        explain = {
          en = "Every character counts: the success of a trace relies on the accuracy of the identifiers.",
          es = "Cada carácter cuenta: el éxito de un rastreo depende de la exactitud de los identificadores.",
        },
        sources = { "A6" },
        tags = { "marking" },
      }
    end,

    -- Time-to-crime from two made-up dates.
    function(rng)
      local sold_month, sold_year = rng:int(1, 12), rng:int(2015, 2020)
      local months = rng:int(2, 48)
      local t = (sold_year * 12 + sold_month - 1) + months
      local found_year, found_month = t // 12, t % 12 + 1
      local sold, found = MONTHS[sold_month], MONTHS[found_month]
      return numeric {
        id = "time-to-crime",
        prompt = {
          en = ("A firearm was first sold at retail in %s %d and recovered in %s %d. "
            .. "What is its time-to-crime, in months?"):format(sold.en, sold_year, found.en, found_year),
          es = ("Un arma se vendió por primera vez al por menor en %s de %d y se recuperó en %s de %d. "
            .. "¿Cuál es su tiempo hasta el delito, en meses?"):format(sold.es, sold_year, found.es, found_year),
        },
        answer = months,
        hint = {
          en = "Time-to-crime runs from the first retail sale to the recovery.",
          es = "El tiempo hasta el delito va de la primera venta al por menor a la recuperación.",
        },
        explain = {
          en = ("%d months. Short times suggest trafficking."):format(months),
          es = ("%d meses. Los tiempos cortos sugieren tráfico."):format(months),
        },
        sources = { "A16" },
        tags = { "tracing" },
      }
    end,

    -- One of three record-keeping rules, options in a new order (rng:shuffle).
    function(rng)
      local rules = {
        { years = 30, en = "manufacturing records under the International Tracing Instrument",
          es = "los registros de fabricación según el Instrumento Internacional de Rastreo" },
        { years = 20, en = "import and export records under the International Tracing Instrument",
          es = "los registros de importación y exportación según el Instrumento Internacional de Rastreo" },
        { years = 10, en = "records under the UN Firearms Protocol (Art. 7)",
          es = "los registros según el Protocolo de Armas de Fuego de la ONU (art. 7)" },
      }
      local rule = rng:pick(rules)
      local years = rng:shuffle({ 10, 20, 30 })
      local options, answer = {}, nil
      for i, y in ipairs(years) do
        options[i] = { en = ("At least %d years"):format(y), es = ("Al menos %d años"):format(y) }
        if y == rule.years then answer = i end
      end
      return choice {
        id = "record-retention",
        prompt = {
          en = "How long must " .. rule.en .. " be kept?",
          es = "¿Cuánto tiempo deben conservarse " .. rule.es .. "?",
        },
        options = options,
        answer = answer,
        explain = {
          en = "ITI: manufacturing records at least 30 years, other records (import and export too) at least 20. Firearms Protocol: at least 10.",
          es = "ITI: registros de fabricación al menos 30 años, otros registros (también de importación y exportación) al menos 20. Protocolo de Armas de Fuego: al menos 10.",
        },
        sources = { "T2", "T3" },
        tags = { "records" },
      }
    end,
  },
}
