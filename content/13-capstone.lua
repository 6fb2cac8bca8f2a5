-- rastro course, capstone: a recovered firearm and its complete trace request
-- (es: "Caso final: un arma recuperada y su solicitud de rastreo").
--
-- Every attempt builds a new case from its seed: one of four recovered firearms
-- (each drawn with legible marking panels in assets/13-recovered-*_en.png and
-- _es.png, 800 x 700, from assets/src/13-recovered-*.svg) and a case file (place,
-- date, possessor, crime, urgency, agency identifier). The expected value of every
-- field of the request is built from the same choices, so the words, the picture
-- and the scoring agree. Makers, importers, people, agencies and numbers are made
-- up; the countries are real so that the country field takes an ISO code.
--
-- Facts from rastro's sourced domain facts (/work/shared/domain.md).

-- Lower case, without spaces, punctuation or accents, for lenient checks.
local function squash(v)
  v = v:lower()
  for a, b in pairs({ ["á"] = "a", ["é"] = "e", ["í"] = "i", ["ó"] = "o", ["ú"] = "u", ["ñ"] = "n" }) do
    v = v:gsub(a, b)
  end
  return (v:gsub("[%s%.%-_,;:/&'\"]", ""))
end

local function has(v, words)
  local s = squash(v)
  for _, w in ipairs(words) do
    if s:find(squash(w), 1, true) then return true end
  end
  return false
end

local function is_none(v)
  local s = squash(v)
  for _, w in ipairs({ "none", "ninguno", "ninguna", "no", "na", "noaplica", "notapplicable", "sinimportador" }) do
    if s == w then return true end
  end
  return false
end

-- The four firearms, as drawn. `accept` lists what counts for each text field.
local FIREARMS = {
  {
    file = "13-recovered-pistol",
    words = {
      en = [[
- A, slide, left side: NORVEX ARMAS MOD NX-9 / CAL 9MM MADE IN CHILE
- B, frame, right side: KB80O5S1 / RIO IMPORTS MIAMI FL
- C, barrel near the chamber: three small stamps (a shield with a star, PX in an oval, 24 in a box)]],
      es = [[
- A, corredera, lado izquierdo: NORVEX ARMAS MOD NX-9 / CAL 9MM MADE IN CHILE
- B, armazón, lado derecho: KB80O5S1 / RIO IMPORTS MIAMI FL
- C, cañón junto a la recámara: tres sellos pequeños (un escudo con una estrella, PX en un óvalo, 24 en un recuadro)]],
    }, serial = "KB80O5S1", country = "CL",
    type = { en = "pistol", es = "pistola" }, type_ok = { "pistol", "pistola" },
    maker = "Norvex Armas", maker_ok = { "norvex" },
    model = "NX-9", model_ok = { "nx9" },
    calibre = "9MM", calibre_ok = { "9mm", "9x19", "9luger", "9parabellum" }, calibre_half = { "9" },
    importer = "Rio Imports, Miami FL", importer_ok = { "rioimports", "rioimp" },
    extra = { en = "proof marks (three stamps) on the barrel", es = "marcas de prueba (tres sellos) en el cañón" },
    extra_ok = { "proof", "prueba", "banco", "px", "stamp", "sello", "escudo", "shield" },
    alt = {
      en = "Top: a pistol, left side, muzzle to the right, with red letters A on the slide, B on the frame under the slide and C on the barrel near the chamber. "
        .. "Panel A, slide, left side: NORVEX ARMAS MOD NX-9, then CAL 9MM MADE IN CHILE. "
        .. "Panel B, frame, right side: K, B, eight, zero, letter O, five, S, one (KB80O5S1), then RIO IMPORTS MIAMI FL. "
        .. "Panel C, barrel near the chamber: three small stamps, a shield with a star, PX in an oval, 24 in a box.",
      es = "Arriba: una pistola, lado izquierdo, boca del cañón a la derecha, con letras rojas A en la corredera, B en el armazón bajo la corredera y C en el cañón junto a la recámara. "
        .. "Panel A, corredera, lado izquierdo: NORVEX ARMAS MOD NX-9 y, debajo, CAL 9MM MADE IN CHILE. "
        .. "Panel B, armazón, lado derecho: K, B, ocho, cero, letra O, cinco, S, uno (KB80O5S1) y, debajo, RIO IMPORTS MIAMI FL. "
        .. "Panel C, cañón junto a la recámara: tres sellos pequeños, un escudo con una estrella, PX en un óvalo, 24 en un recuadro.",
    },
  },
  {
    file = "13-recovered-revolver",
    words = {
      en = [[
- A, barrel, left side: TAMBORIL S.A. BRASIL / CAL .38 SPL
- B, frame, left side: MOD 638 PAT 5118302
- C, frame, right side: 2G07B1Z4 / GULFWAY IMP HOUSTON TX]],
      es = [[
- A, cañón, lado izquierdo: TAMBORIL S.A. BRASIL / CAL .38 SPL
- B, armazón, lado izquierdo: MOD 638 PAT 5118302
- C, armazón, lado derecho: 2G07B1Z4 / GULFWAY IMP HOUSTON TX]],
    }, serial = "2G07B1Z4", country = "BR",
    type = { en = "revolver", es = "revólver" }, type_ok = { "revolver" },
    maker = "Tamboril S.A.", maker_ok = { "tamboril" },
    model = "638", model_ok = { "638" },
    calibre = ".38 SPL", calibre_ok = { "38spl", "38special", "38especial" }, calibre_half = { "38" },
    importer = "Gulfway Imp, Houston TX", importer_ok = { "gulfway" },
    extra = { en = "patent number PAT 5118302 on the frame", es = "número de patente PAT 5118302 en el armazón" },
    extra_ok = { "5118302" },
    alt = {
      en = "Top: a revolver, left side, muzzle to the right, with red letters A on the barrel, B on the frame's left side and C on the frame below the cylinder. "
        .. "Panel A, barrel, left side: TAMBORIL S.A. BRASIL, then CAL .38 SPL. "
        .. "Panel B, frame, left side: MOD 638 PAT 5118302. "
        .. "Panel C, frame, right side: two, G, zero, seven, B, one, Z, four (2G07B1Z4), then GULFWAY IMP HOUSTON TX.",
      es = "Arriba: un revólver, lado izquierdo, boca del cañón a la derecha, con letras rojas A en el cañón, B en el lado izquierdo del armazón y C en el armazón bajo el tambor. "
        .. "Panel A, cañón, lado izquierdo: TAMBORIL S.A. BRASIL y, debajo, CAL .38 SPL. "
        .. "Panel B, armazón, lado izquierdo: MOD 638 PAT 5118302. "
        .. "Panel C, armazón, lado derecho: dos, G, cero, siete, B, uno, Z, cuatro (2G07B1Z4) y, debajo, GULFWAY IMP HOUSTON TX.",
    },
  },
  {
    file = "13-recovered-rifle",
    words = {
      en = [[
- A, receiver, left side: KELDOR RIFLE WORKS DULUTH MN / K07I1S58
- B, barrel: MOD K-700 CAL .308 WIN
- C, bolt: 3381]],
      es = [[
- A, cajón de mecanismos, lado izquierdo: KELDOR RIFLE WORKS DULUTH MN / K07I1S58
- B, cañón: MOD K-700 CAL .308 WIN
- C, cerrojo: 3381]],
    }, serial = "K07I1S58", country = "US",
    type = { en = "rifle", es = "fusil (rifle)" }, type_ok = { "rifle", "fusil" },
    maker = "Keldor Rifle Works", maker_ok = { "keldor" },
    model = "K-700", model_ok = { "k700" },
    calibre = ".308 WIN", calibre_ok = { "308" }, calibre_half = {},
    importer = nil,
    extra = { en = "number 3381 on the bolt", es = "número 3381 en el cerrojo" },
    extra_ok = { "3381" },
    alt = {
      en = "Top: a bolt-action rifle, left side, muzzle to the right, with red letters C on the bolt, A on the receiver and B on the barrel. "
        .. "Panel A, receiver, left side: KELDOR RIFLE WORKS DULUTH MN, then K, zero, seven, letter I, one, S, five, eight (K07I1S58). "
        .. "Panel B, barrel: MOD K-700 CAL .308 WIN. "
        .. "Panel C, bolt: 3381.",
      es = "Arriba: un fusil de cerrojo, lado izquierdo, boca del cañón a la derecha, con letras rojas C en el cerrojo, A en el cajón de mecanismos y B en el cañón. "
        .. "Panel A, cajón de mecanismos, lado izquierdo: KELDOR RIFLE WORKS DULUTH MN y, debajo, K, cero, siete, letra I, uno, S, cinco, ocho (K07I1S58). "
        .. "Panel B, cañón: MOD K-700 CAL .308 WIN. "
        .. "Panel C, cerrojo: 3381.",
    },
  },
  {
    file = "13-recovered-shotgun",
    words = {
      en = [[
- A, receiver, left side: ORKAN AV SILAHLARI / MADE IN TURKIYE
- B, receiver, right side: 21OZ5S8B / PALMETTO TRADING CHARLESTON SC
- C, barrel: MOD PX-12 12 GA]],
      es = [[
- A, cajón de mecanismos, lado izquierdo: ORKAN AV SILAHLARI / MADE IN TURKIYE
- B, cajón de mecanismos, lado derecho: 21OZ5S8B / PALMETTO TRADING CHARLESTON SC
- C, cañón: MOD PX-12 12 GA]],
    }, serial = "21OZ5S8B", country = "TR",
    type = { en = "shotgun", es = "escopeta" }, type_ok = { "shotgun", "escopeta" },
    maker = "Orkan Av Silahlari", maker_ok = { "orkan" },
    model = "PX-12", model_ok = { "px12" },
    calibre = "12 GA", calibre_ok = { "12" }, calibre_half = {}, calibre_bad = { "mm" },
    importer = "Palmetto Trading, Charleston SC", importer_ok = { "palmetto" },
    extra = nil, extra_ok = {},
    alt = {
      en = "Top: a pump-action shotgun, left side, muzzle to the right, with red letters A and B on the receiver and C on the barrel. "
        .. "Panel A, receiver, left side: ORKAN AV SILAHLARI, then MADE IN TURKIYE. "
        .. "Panel B, receiver, right side: two, one, letter O, Z, five, S, eight, B (21OZ5S8B), then PALMETTO TRADING CHARLESTON SC. "
        .. "Panel C, barrel: MOD PX-12 12 GA.",
      es = "Arriba: una escopeta de corredera, lado izquierdo, boca del cañón a la derecha, con letras rojas A y B en el cajón de mecanismos y C en el cañón. "
        .. "Panel A, cajón de mecanismos, lado izquierdo: ORKAN AV SILAHLARI y, debajo, MADE IN TURKIYE. "
        .. "Panel B, cajón de mecanismos, lado derecho: dos, uno, letra O, Z, cinco, S, ocho, B (21OZ5S8B) y, debajo, PALMETTO TRADING CHARLESTON SC. "
        .. "Panel C, cañón: MOD PX-12 12 GA.",
    },
  },
}

local PLACES = {
  { en = "Tegucigalpa", es = "Tegucigalpa", agency = "HN-DPI" },
  { en = "San Pedro Sula", es = "San Pedro Sula", agency = "HN-DPI" },
  { en = "Guatemala City", es = "Ciudad de Guatemala", agency = "GT-DEIC" },
  { en = "San Salvador", es = "San Salvador", agency = "SV-DIC" },
  { en = "Kingston", es = "Kingston", agency = "JM-CIB" },
  { en = "Port of Spain", es = "Puerto España", agency = "TT-CID" },
  { en = "Santo Domingo", es = "Santo Domingo", agency = "DO-DICRIM" },
  { en = "Panama City", es = "Ciudad de Panamá", agency = "PA-DIJ" },
}

local PEOPLE = {
  { "Ana Lucía", "Mejía Torres" }, { "Jorge Alberto", "Castillo Ruiz" }, { "Delroy", "Campbell" },
  { "Rosa Elena", "Funes Argueta" }, { "Kevin Alexander", "Pineda Soto" }, { "Marisol", "Duarte Vega" },
  { "Winston", "Baptiste" }, { "Luis Fernando", "Ortega Mora" },
}

local MONTHS = {
  { en = "January", es = "enero" }, { en = "February", es = "febrero" },
  { en = "March", es = "marzo" }, { en = "April", es = "abril" },
  { en = "May", es = "mayo" }, { en = "June", es = "junio" },
  { en = "July", es = "julio" }, { en = "August", es = "agosto" },
  { en = "September", es = "septiembre" }, { en = "October", es = "octubre" },
  { en = "November", es = "noviembre" }, { en = "December", es = "diciembre" },
}

-- Case files: %s is the possessor's full name (twice where needed), then the place.
local CASES = {
  { urgent = true,
    crime = { en = "homicide", es = "homicidio" }, crime_ok = { "homicide", "homicidio", "murder", "asesinato" },
    en = "It was taken from %s, arrested after a homicide in %s. The suspect is held, and the prosecutor must decide on charges within 48 hours.",
    es = "Se le incautó a %s, detenido tras un homicidio en %s. La persona está detenida, y la fiscalía debe decidir la imputación en 48 horas.",
    why = { "48", "held", "custody", "detained", "arrest", "charge", "deadline", "detenid", "imputacion", "plazo", "horas", "hours" },
    why_text = { en = "Suspect held; charging decision due within 48 hours", es = "Detenido; la imputación vence en 48 horas" } },
  { urgent = true,
    crime = { en = "armed robbery", es = "robo a mano armada" }, crime_ok = { "robbery", "robo", "asalto", "atraco" },
    en = "It was seized from %s after the armed robbery of a bus in %s. Two accomplices are at large and more robberies are feared.",
    es = "Se le incautó a %s tras el robo a mano armada de un autobús en %s. Dos cómplices siguen prófugos y se temen más robos.",
    why = { "accomplice", "large", "fled", "robberies", "complice", "profug", "robos", "fuga" },
    why_text = { en = "Two accomplices at large; more robberies feared", es = "Dos cómplices prófugos; se temen más robos" } },
  { urgent = true,
    crime = { en = "extortion", es = "extorsión" }, crime_ok = { "extortion", "extorsion" },
    en = "It was taken from %s during an arrest for extortion in %s. The victim's family is still being threatened by the rest of the group.",
    es = "Se le incautó a %s durante una detención por extorsión en %s. La familia de la víctima sigue amenazada por el resto del grupo.",
    why = { "threat", "victim", "family", "group", "amenaz", "victima", "familia", "grupo" },
    why_text = { en = "The victim's family is still being threatened", es = "La familia de la víctima sigue amenazada" } },
  { urgent = false,
    crime = { en = "drug trafficking", es = "tráfico de drogas" }, crime_ok = { "drug", "narco", "droga", "estupefaciente" },
    en = "It was found in the car of %s during a drug trafficking search in %s. The case is on the ordinary calendar; the next hearing is in four months.",
    es = "Se halló en el auto de %s durante un registro por tráfico de drogas en %s. El caso sigue el calendario ordinario; la próxima audiencia es en cuatro meses.",
    why_text = { en = "none", es = "ninguna" } },
  { urgent = false,
    crime = { en = "illegal carrying of a firearm", es = "portación ilegal de arma de fuego" },
    crime_ok = { "carry", "possession", "portacion", "tenencia", "porte", "posesion" },
    en = "It was seized from %s, found carrying it without a permit in %s. No other crime is linked to it so far, and no deadline runs.",
    es = "Se le incautó a %s, que la portaba sin permiso en %s. Hasta ahora no se vincula a otro delito, y no corre ningún plazo.",
    why_text = { en = "none", es = "ninguna" } },
}

return lesson {
  id = "capstone",
  version = 2,
  title = { en = "Capstone: a recovered firearm and its trace request", es = "Caso final: un arma recuperada y su solicitud de rastreo" },
  summary = {
    en = "A new recovered firearm and case file on every attempt: read the markings, fill in the complete trace request, then read the result.",
    es = "Un arma recuperada y un expediente nuevos en cada intento: leer las marcas, llenar la solicitud de rastreo completa y luego leer el resultado.",
  },
  -- Last in the course: its questions use the trace request (module 7) and the tracing chain
  -- (module 8: time-to-crime, point of diversion).
  requires = { "tracing-chain" },
  sources = {
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A2", text = "omb.report/icr/202510-1140-006/doc/163302500" },
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A8", text = "27 CFR 478.92, as amended in 2022" },
    { key = "A16", text = "usafacts.org, \"Time to crime\" (citing ATF)" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "T11", text = "C.I.P. (cip-bobp.org)" },
    { key = "I5", text = "INTERPOL iARMS presentation" },
  },
  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 75 },
  -- The exam decides the pass: all four questions (a new case each attempt), 80%, and the
  -- trace-request questions at 80% of their own, so that the other answers cannot make up for a
  -- poor request; 20 minutes for the form's 14 fields, 3 attempts.
  exam = { pass = 80, pass_by_tag = { ["trace-request"] = 80 }, time_limit = 1200, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Your case", es = "Su caso" },
      text = {
        en = [[
You receive a recovered firearm and its case file; every attempt brings a
different one. Work as you would at your desk:

- read every marking, panel by panel, in the picture and in the words
  under the case file;
- take the serial number from the frame or receiver, and put every other
  number or stamp under additional markings;
- fill in every field of the request; write "none" where a field does not
  apply;
- choose the priority from the case file, and justify an Urgent one.

Then read a trace result and say what it means.]],
        es = [[
Usted recibe un arma recuperada y su expediente; cada intento trae uno
distinto. Trabaje como en su escritorio:

- lea cada marca, panel por panel, en la imagen y en el texto que sigue al
  expediente;
- tome el número de serie del armazón o cajón de mecanismos, y ponga cualquier
  otro número o sello en marcas adicionales;
- llene cada campo de la solicitud; escriba "ninguno" donde un campo no
  corresponda;
- elija la prioridad según el expediente, y justifique la urgente.

Después lea el resultado de un rastreo y diga qué significa.]],
      },
      sources = { "A1", "A8", "T8" },
    },
  },

  quiz = {
    function(rng)
      local f = rng:pick(FIREARMS)
      local place = rng:pick(PLACES)
      local who = rng:pick(PEOPLE)
      local case = rng:pick(CASES)
      local day, month = rng:int(1, 28), rng:pick(MONTHS)
      local agency = place.agency .. "-" .. rng:int(1000, 9999)
      local name = who[1] .. " " .. who[2]
      local surname = who[2]:match("^(%S+)")

      local fields = {
        { name = "serial", label = { en = "Serial number", es = "Número de serie" },
          rule = "serial", answer = f.serial },
        { name = "type", label = { en = "Type", es = "Tipo" },
          check = function(v) return has(v, f.type_ok) end, answer = f.type },
        { name = "manufacturer", label = { en = "Manufacturer", es = "Fabricante" },
          check = function(v) return has(v, f.maker_ok) end, answer = f.maker },
        { name = "model", label = { en = "Model", es = "Modelo" },
          check = function(v)
            local s = squash(v):gsub("^modelo", ""):gsub("^model", ""):gsub("^mod", "")
            return s == f.model_ok[1]
          end,
          answer = f.model },
        { name = "calibre", label = { en = "Calibre or gauge", es = "Calibre" },
          check = function(v)
            if f.calibre_bad and has(v, f.calibre_bad) then
              return false, { en = "A shotgun is marked by gauge: " .. f.calibre .. " is not millimetres.",
                              es = "Una escopeta se marca por su calibre en gauge: " .. f.calibre .. " no son milímetros." }
            end
            if has(v, f.calibre_ok) then return true end
            if #f.calibre_half > 0 and has(v, f.calibre_half) then
              return 0.5, { en = "Copy it as marked: " .. f.calibre .. ".", es = "Cópielo como está marcado: " .. f.calibre .. "." }
            end
            return false
          end,
          answer = f.calibre },
        { name = "country", label = { en = "Country of origin (ISO code)", es = "País de origen (código ISO)" },
          rule = "country", answer = f.country },
        { name = "importer", label = { en = "Importer", es = "Importador" },
          check = function(v)
            if f.importer == nil then
              if is_none(v) then return true end
              return false, { en = "Made in the US: there is no importer.", es = "Fabricada en EE. UU.: no hay importador." }
            end
            if has(v, f.importer_ok) then return true end
            if is_none(v) then
              return false, { en = "Required: the firearm was made outside the US.", es = "Obligatorio: el arma se fabricó fuera de EE. UU." }
            end
            return false
          end,
          answer = f.importer or { en = "none", es = "ninguno" } },
        { name = "obliterated", label = { en = "Serial number obliterated? (yes/no)", es = "¿Número de serie borrado? (sí/no)" },
          check = function(v) local s = squash(v); return s == "no" or s == "n" end,
          answer = { en = "no", es = "no" } },
        { name = "additional", label = { en = "Additional markings", es = "Marcas adicionales" },
          check = function(v)
            if f.extra == nil then
              if is_none(v) then return true end
              return false, { en = "Every marking of this firearm has its own field.", es = "Cada marca de esta arma tiene su propio campo." }
            end
            if has(v, f.extra_ok) then return true end
            return false, { en = "Record here: " .. f.extra.en .. ".", es = "Registre aquí: " .. f.extra.es .. "." }
          end,
          answer = f.extra or { en = "none", es = "ninguna" } },
        { name = "possessor", label = { en = "Possessor", es = "Poseedor" },
          check = function(v)
            if has(v, { surname }) and has(v, { who[1]:match("^(%S+)") }) then return true end
            if has(v, { surname }) then
              return 0.5, { en = "Give the full name.", es = "Dé el nombre completo." }
            end
            return false
          end,
          answer = name },
        { name = "crime", label = { en = "Crime (for the crime code)", es = "Delito (para el código de delito)" },
          check = function(v) return has(v, case.crime_ok) end, answer = case.crime },
        { name = "priority", label = { en = "Priority (Routine or Urgent)", es = "Prioridad (Rutina o Urgente)" },
          check = function(v)
            local urgent = has(v, { "urgent", "urgente" })
            local routine = has(v, { "routine", "rutina" })
            if case.urgent then return urgent and not routine end
            return routine and not urgent
          end,
          answer = case.urgent and { en = "Urgent", es = "Urgente" } or { en = "Routine", es = "Rutina" } },
        { name = "justification", label = { en = "Justification (Urgent only; else \"none\")", es = "Justificación (solo si es urgente; si no, \"ninguna\")" },
          check = function(v)
            if not case.urgent then
              if is_none(v) then return true end
              return false, { en = "A Routine request needs no justification.", es = "Una solicitud de rutina no necesita justificación." }
            end
            if is_none(v) then
              return false, { en = "An Urgent request needs a justification.", es = "Una solicitud urgente necesita una justificación." }
            end
            if has(v, case.why) then return true end
            return 0.5, { en = "Name the fact of the case that makes time matter.", es = "Nombre el hecho del caso que hace que el tiempo importe." }
          end,
          answer = case.why_text },
        { name = "agency", label = { en = "Requesting agency identifier", es = "Identificador de la agencia solicitante" },
          rule = "exact", answers = { agency } },
      }

      return form {
        id = "capstone-request",
        prompt = {
          en = ("Case file (made up for this exercise), %d %s: the firearm in the picture was recovered in %s. "):format(day, month.en, place.en)
            .. case.en:format(name, place.en)
            .. (" Your agency's identifier is %s.\n\nIts markings, panel by panel as on the picture (a slash starts a new line):\n\n"):format(agency)
            .. f.words.en
            .. "\n\nFill in the complete trace request. Write \"none\" where a field does not apply.",
          es = ("Expediente (inventado para este ejercicio), %d de %s: el arma de la imagen se recuperó en %s. "):format(day, month.es, place.es)
            .. case.es:format(name, place.es)
            .. (" El identificador de su agencia es %s.\n\nSus marcas, panel por panel como en la imagen (una barra inicia una línea nueva):\n\n"):format(agency)
            .. f.words.es
            .. "\n\nLlene la solicitud de rastreo completa. Escriba \"ninguno\" donde un campo no corresponda.",
        },
        image = {
          file = { en = f.file .. "_en.png", es = f.file .. "_es.png" },
          caption = {
            en = "The recovered firearm and its markings, enlarged (made up)",
            es = "El arma recuperada y sus marcas, ampliadas (inventadas)",
          },
          alt = f.alt,
        },
        fields = fields,
        hint = {
          en = "The serial number is on the frame or receiver; MADE IN or a country name gives the origin; a US city and state after a company name is the importer's mark on a foreign-made firearm.",
          es = "El número de serie está en el armazón o cajón de mecanismos; MADE IN o el nombre de un país da el origen; una ciudad y un estado de EE. UU. tras el nombre de una empresa es la marca del importador en un arma fabricada en el extranjero.",
        },
        explain = {
          en = ("Serial %s from the frame or receiver; %s, %s, model %s, %s; country of origin %s; importer: %s; obliterated: no; additional markings: %s. Possessor %s; crime: %s; priority %s%s; agency %s.")
            :format(f.serial, f.type.en, f.maker, f.model, f.calibre, f.country, f.importer or "none (made in the US)",
              f.extra and f.extra.en or "none", name, case.crime.en, case.urgent and "Urgent" or "Routine",
              case.urgent and (", because: " .. case.why_text.en) or " (nothing makes time matter)", agency),
          es = ("Serie %s del armazón o cajón de mecanismos; %s, %s, modelo %s, %s; país de origen %s; importador: %s; borrado: no; marcas adicionales: %s. Poseedor %s; delito: %s; prioridad %s%s; agencia %s.")
            :format(f.serial, f.type.es, f.maker, f.model, f.calibre, f.country, f.importer or "ninguno (fabricada en EE. UU.)",
              f.extra and f.extra.es or "ninguna", name, case.crime.es, case.urgent and "Urgente" or "Rutina",
              case.urgent and (", porque: " .. case.why_text.es) or " (nada hace que el tiempo importe)", agency),
        },
        sources = { "A1", "A2", "A6", "A8", "A17", "T8", "T11", "A5" },
        tags = { "trace-request" },
      }
    end,

    function(rng)
      local sold_month, sold_year = rng:int(1, 12), rng:int(2018, 2023)
      local months = rng:int(2, 30)
      local t = (sold_year * 12 + sold_month - 1) + months
      local found_year, found_month = t // 12, t % 12 + 1
      local sold, found = MONTHS[sold_month], MONTHS[found_month]
      return numeric {
        id = "capstone-ttc",
        prompt = {
          en = ("The trace result comes back (made up for the exercise): the firearm was first sold at retail in %s %d; "
            .. "you recovered it in %s %d. What is its time-to-crime, in months?"):format(sold.en, sold_year, found.en, found_year),
          es = ("Llega el resultado del rastreo (inventado para el ejercicio): el arma se vendió por primera vez al por menor en %s de %d; "
            .. "usted la recuperó en %s de %d. ¿Cuál es su tiempo hasta el delito, en meses?"):format(sold.es, sold_year, found.es, found_year),
        },
        answer = months,
        explain = {
          en = ("%d months, from the first retail sale to the recovery. Short times suggest trafficking."):format(months),
          es = ("%d meses, de la primera venta al por menor a la recuperación. Los tiempos cortos sugieren tráfico."):format(months),
        },
        sources = { "A16" },
        tags = { "tracing-chain" },
      }
    end,

    choice {
      id = "capstone-next-step",
      prompt = {
        en = "The trace reached the first retail purchaser, and the time-to-crime is short. Under ISACS 05.31, what is the next step?",
        es = "El rastreo llegó al primer comprador minorista, y el tiempo hasta el delito es corto. Según ISACS 05.31, ¿cuál es el paso siguiente?",
      },
      options = {
        { en = "Close the case: the first retail purchaser is the one who fired it", es = "Cerrar el caso: el primer comprador minorista es quien disparó" },
        { en = "Find the point of diversion", es = "Encontrar el punto de desvío" },
        { en = "Send the same request again as Urgent", es = "Enviar otra vez la misma solicitud como urgente" },
      },
      answer = 2,
      explain = {
        en = "ISACS 05.31: after the domestic and international trace, find the point of diversion and act to prevent repeats. A short time-to-crime suggests trafficking; the purchaser is a lead, not proof.",
        es = "ISACS 05.31: tras el rastreo nacional e internacional, encontrar el punto de desvío y actuar para evitar que se repita. Un tiempo hasta el delito corto sugiere tráfico; el comprador es una pista, no una prueba.",
      },
      sources = { "T8", "A16" },
      tags = { "tracing-chain" },
    },

    order {
      id = "capstone-workflow",
      prompt = {
        en = "Put your work on this case in order.",
        es = "Ordene su trabajo en este caso.",
      },
      items = {
        { en = "Record and photograph every marking", es = "Registrar y fotografiar cada marca" },
        { en = "Search the national registry", es = "Buscar en el registro nacional" },
        { en = "Send the trace request", es = "Enviar la solicitud de rastreo" },
        { en = "Read the result: time-to-crime, point of diversion", es = "Leer el resultado: tiempo hasta el delito, punto de desvío" },
      },
      explain = {
        en = "Identify the firearm uniquely from its markings, trace at home first, then abroad, then use the result to find the point of diversion.",
        es = "Identificar el arma de forma única por sus marcas, rastrear primero en el país, luego en el extranjero, y usar el resultado para encontrar el punto de desvío.",
      },
      sources = { "T8", "I5" },
      tags = { "trace-request", "tracing-chain" },
    },
  },
}
