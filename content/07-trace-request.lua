-- rastro course, module 7: the trace request
-- (es: "La solicitud de rastreo").
--
-- Facts from rastro's sourced domain facts (/work/shared/domain.md); the keys in
-- `sources` name the published sources. The firearms, names, agencies and
-- numbers of the exercises are made up; the makers and importers are not real.
--
-- Scope: filling in and checking a trace request. Nothing on making, altering
-- or obliterating a firearm or a marking.

-- Lower case, without spaces, dots, dashes or accents, for lenient checks.
local function squash(v)
  v = v:lower()
  for a, b in pairs({ ["á"] = "a", ["é"] = "e", ["í"] = "i", ["ó"] = "o", ["ú"] = "u", ["ñ"] = "n" }) do
    v = v:gsub(a, b)
  end
  return (v:gsub("[%s%.%-_,;:/]", ""))
end

-- True when the squashed value contains one of the words.
local function has(v, words)
  local s = squash(v)
  for _, w in ipairs(words) do
    if s:find(squash(w), 1, true) then return true end
  end
  return false
end

local NONE = { "none", "ninguno", "ninguna", "no", "na", "n/a", "no aplica", "not applicable", "sin importador" }

local function is_none(v)
  local s = squash(v)
  for _, w in ipairs(NONE) do
    if s == squash(w) then return true end
  end
  return false
end

-- The fields of a request that the generated question below may get wrong.
local FIELDS = {
  { en = "Serial number", es = "Número de serie" },
  { en = "Model", es = "Modelo" },
  { en = "Importer", es = "Importador" },
  { en = "Calibre", es = "Calibre" },
}

-- Made-up requests, each with one error that makes the trace fail (the index in FIELDS).
local FLAWED = {
  { wrong = 1,
    en = "serial number: 3ZB0051 (read from the slide; the frame reads 3ZB0057); model: LX-40; calibre: .40 S&W; importer: Delta Imports, Miami FL",
    es = "número de serie: 3ZB0051 (leído de la corredera; el armazón dice 3ZB0057); modelo: LX-40; calibre: .40 S&W; importador: Delta Imports, Miami FL" },
  { wrong = 2,
    en = "serial number: TR40912; model: 4518021 (the number after PAT. on the frame); calibre: 9mm; importer: Delta Imports, Miami FL",
    es = "número de serie: TR40912; modelo: 4518021 (el número tras PAT. en el armazón); calibre: 9mm; importador: Delta Imports, Miami FL" },
  { wrong = 3,
    en = "serial number: BK22O19; model: K-9; calibre: 9mm; importer: left blank, although the pistol is marked MADE IN CHILE",
    es = "número de serie: BK22O19; modelo: K-9; calibre: 9mm; importador: en blanco, aunque la pistola dice MADE IN CHILE" },
  { wrong = 4,
    en = "serial number: 58S1Z07; model: M-38; calibre: left blank, although the barrel is marked CAL .38 SPL; importer: Gulfway Imp, Houston TX",
    es = "número de serie: 58S1Z07; modelo: M-38; calibre: en blanco, aunque el cañón dice CAL .38 SPL; importador: Gulfway Imp, Houston TX" },
}

return lesson {
  id = "trace-request",
  version = 2,
  title = { en = "The trace request", es = "La solicitud de rastreo" },
  summary = {
    en = "Fill in every field of a trace request from the markings and the case file, choose "
      .. "the priority and justify it, and avoid the errors that make traces fail.",
    es = "Llenar cada campo de una solicitud de rastreo a partir de las marcas y del expediente, "
      .. "elegir la prioridad y justificarla, y evitar los errores que hacen fracasar los rastreos.",
  },
  requires = { "recording" },
  sources = {
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A2", text = "omb.report/icr/202510-1140-006/doc/163302500" },
    { key = "A3", text = "atf.gov/resource-center/infographics/five-fast-facts-about-national-tracing-center" },
    { key = "A4", text = "atf.gov/resource-center/fact-sheet/fact-sheet-national-tracing-center" },
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A8", text = "27 CFR 478.92, as amended in 2022" },
    { key = "A11", text = "atf.gov press release 2008-12-12 (Central America eTrace)" },
    { key = "A12", text = "Arizona Republic, 2010-01-07 (Spanish eTrace)" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "T8", text = "ISACS 05.31" },
  },
  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "The form and eTrace", es = "El formulario y eTrace" },
      text = {
        en = [[
A trace to the US goes on the ATF trace request form, 3312.1 (in Spanish
3312.1(S), *Solicitud de Rastreo*), or through eTrace, ATF's web-based
system for sending trace requests and exchanging crime gun data. eTrace
agreements were signed with Central American and Caribbean states and
Mexico; seven Central American states got it in 2008, and a Spanish version
was piloted in 2010 with Mexico, Guatemala and Costa Rica.

The required firearm fields:

- serial number, read from the frame or receiver;
- type (pistol, revolver, rifle, shotgun...);
- calibre (gauge for a shotgun);
- manufacturer and model;
- country of origin;
- importer, required if the firearm was made outside the US.]],
        es = [[
Un rastreo hacia EE. UU. se pide en el formulario de solicitud de rastreo de la
ATF, 3312.1 (en español 3312.1(S), *Solicitud de Rastreo*), o por eTrace, el
sistema web de la ATF para enviar solicitudes de rastreo e intercambiar datos
de armas vinculadas a delitos. Se firmaron acuerdos de eTrace con Estados de
Centroamérica y del Caribe y con México; siete Estados centroamericanos lo
recibieron en 2008, y una versión en español se probó en 2010 con México,
Guatemala y Costa Rica.

Los campos obligatorios del arma:

- número de serie, leído del armazón o cajón de mecanismos;
- tipo (pistola, revólver, fusil, escopeta...);
- calibre (en una escopeta, el calibre en gauge);
- fabricante y modelo;
- país de origen;
- importador, obligatorio si el arma se fabricó fuera de EE. UU.]],
      },
      sources = { "A1", "A2", "A11", "A12", "A5" },
    },

    page {
      title = { en = "The rest of the request", es = "El resto de la solicitud" },
      text = {
        en = [[
Besides the firearm, the request carries:

- *obliterated*: yes or no;
- *additional markings*: every other marking you recorded;
- the *possessor*: the person the firearm was recovered from;
- the *crime code*: the offence the firearm is linked to;
- the *requesting agency identifier*;
- the *priority*, Routine or Urgent.

# Priority
An Urgent request needs a justification: write the fact of the case that
makes time matter. The National Tracing Center aims to finish Urgent traces
in under 24 hours; Routine traces took about 7 days on average in 2023
(9 days in 2019).]],
        es = [[
Además del arma, la solicitud lleva:

- *borrado*: sí o no;
- *marcas adicionales*: todas las demás marcas que registró;
- el *poseedor*: la persona a quien se le recuperó el arma;
- el *código de delito*: el delito al que se vincula el arma;
- el *identificador de la agencia solicitante*;
- la *prioridad*, Rutina o Urgente.

# Prioridad
Una solicitud urgente necesita una justificación: escriba el hecho del caso que
hace que el tiempo importe. El Centro Nacional de Rastreo (NTC) procura terminar
los rastreos urgentes en menos de 24 horas; los de rutina tardaron en promedio
unos 7 días en 2023 (9 días en 2019).]],
      },
      sources = { "A1", "A2", "A3", "A4" },
    },

    page {
      title = { en = "Why traces fail", es = "Por qué fracasan los rastreos" },
      text = {
        en = [[
"The success of a trace relies upon the accuracy of the supplied firearm
identifiers." Of 164,137 US traces in 1999, 52% reached the first retail
purchaser. About 10% failed because the firearm was made before 1968, about
11% on serial-number problems, and most of the others on errors in the form
or on dealer records.

The errors you can avoid:

- a serial number copied wrong, or taken from the slide or barrel instead of
  the frame or receiver;
- a model, patent or assembly number written as the serial number;
- the importer left out on a firearm made outside the US;
- the calibre, maker or model left blank or guessed;
- an Urgent request without a justification.]],
        es = [[
"El éxito de un rastreo depende de la exactitud de los identificadores del arma
que se envían." De 164.137 rastreos de EE. UU. en 1999, el 52% llegó al primer
comprador minorista. Cerca del 10% fracasó porque el arma se fabricó antes de
1968, cerca del 11% por problemas con el número de serie, y la mayoría de los
demás por errores en el formulario o en los registros de los comerciantes.

Los errores que usted puede evitar:

- un número de serie mal copiado, o tomado de la corredera o del cañón en vez
  del armazón o cajón de mecanismos;
- un número de modelo, de patente o de ensamble escrito como número de serie;
- el importador omitido en un arma fabricada fuera de EE. UU.;
- el calibre, el fabricante o el modelo en blanco o adivinados;
- una solicitud urgente sin justificación.]],
      },
      sources = { "A6", "A13", "A8", "T8" },
    },
  },

  quiz = {
    form {
      id = "firearm-fields-us-made",
      prompt = {
        en = [[
A revolver (made up for this exercise) is recovered after a robbery. Its
markings read:

- frame, left: HARWELL ARMS CO SPRINGDALE AR
- barrel, right: MOD 85  CAL .38 SPL
- frame, under the cylinder: R12O7S5
- frame, right: PAT 3981244

Fill in the firearm fields of the trace request. Write "none" where a field
does not apply.]],
        es = [[
Un revólver (inventado para este ejercicio) se recupera tras un robo. Sus
marcas dicen:

- armazón, izquierda: HARWELL ARMS CO SPRINGDALE AR
- cañón, derecha: MOD 85  CAL .38 SPL
- armazón, bajo el tambor: R12O7S5
- armazón, derecha: PAT 3981244

Llene los campos del arma de la solicitud de rastreo. Escriba "ninguno" donde
un campo no corresponda.]],
      },
      fields = {
        { name = "serial", label = { en = "Serial number", es = "Número de serie" },
          rule = "serial", answer = "R12O7S5" },
        { name = "type", label = { en = "Type", es = "Tipo" },
          answers = { { en = "revolver", es = "revólver" } } },
        { name = "manufacturer", label = { en = "Manufacturer", es = "Fabricante" },
          answers = { "Harwell Arms Co", "Harwell Arms", "Harwell Arms Co Springdale AR", "Harwell",
                      "Harwell Arms Co.", "Harwell Arms Company" } },
        { name = "model", label = { en = "Model", es = "Modelo" },
          answers = { "85", "MOD 85", "MOD. 85", "Model 85", "Modelo 85" } },
        { name = "calibre", label = { en = "Calibre", es = "Calibre" },
          check = function(v)
            if has(v, { "38spl", "38special", "38especial" }) then return true end
            if has(v, { "38" }) then
              return 0.5, { en = "Write it as marked: .38 SPL.", es = "Escríbalo como está marcado: .38 SPL." }
            end
            return false
          end,
          answer = ".38 SPL" },
        { name = "country", label = { en = "Country of origin (ISO code)", es = "País de origen (código ISO)" },
          rule = "country", answer = "US" },
        { name = "importer", label = { en = "Importer", es = "Importador" },
          check = function(v)
            if is_none(v) then return true end
            return false, { en = "Made in the US (Springdale AR): there is no importer.",
                            es = "Fabricado en EE. UU. (Springdale AR): no hay importador." }
          end,
          answer = { en = "none", es = "ninguno" } },
        { name = "additional", label = { en = "Additional markings", es = "Marcas adicionales" },
          check = function(v)
            if has(v, { "3981244" }) then return true end
            return false, { en = "Record the patent number PAT 3981244 here.",
                            es = "Registre aquí el número de patente PAT 3981244." }
          end,
          answer = "PAT 3981244" },
      },
      hint = {
        en = "AR is a US state; PAT marks a patent number.",
        es = "AR es un estado de EE. UU.; PAT indica un número de patente.",
      },
      explain = {
        en = "Serial R12O7S5 from the frame (letter O, digit 5 at the end); maker Harwell Arms Co, model 85, calibre .38 SPL, made in the US (Springdale AR), so no importer; the patent number goes under additional markings, not in the serial field.",
        es = "Serie R12O7S5 del armazón (letra O, dígito 5 al final); fabricante Harwell Arms Co, modelo 85, calibre .38 SPL, fabricado en EE. UU. (Springdale AR), así que no hay importador; el número de patente va en marcas adicionales, no en el campo de la serie.",
      },
      sources = { "A1", "A6", "A8", "T8" },
      tags = { "trace-request" },
    },

    form {
      id = "case-fields",
      prompt = {
        en = [[
Case file (made up for this exercise): on 3 March a pistol was taken from
Marco Ruiz Pérez when he was arrested for an armed robbery of a pharmacy.
He is held, and the prosecutor must decide on charges within 48 hours; a
second suspect is at large. Your agency's identifier is PN-DIJ-0412.

Fill in the case fields of the trace request.]],
        es = [[
Expediente (inventado para este ejercicio): el 3 de marzo se le incautó una
pistola a Marco Ruiz Pérez al detenerlo por el robo a mano armada de una
farmacia. Está detenido, y la fiscalía debe decidir la imputación en 48 horas;
un segundo sospechoso sigue prófugo. El identificador de su agencia es
PN-DIJ-0412.

Llene los campos del caso de la solicitud de rastreo.]],
      },
      fields = {
        { name = "possessor", label = { en = "Possessor", es = "Poseedor" },
          check = function(v)
            if has(v, { "ruiz" }) and has(v, { "marco" }) then return true end
            if has(v, { "ruiz" }) then
              return 0.5, { en = "Give the full name.", es = "Dé el nombre completo." }
            end
            return false
          end,
          answer = "Marco Ruiz Pérez" },
        { name = "crime", label = { en = "Crime (for the crime code)", es = "Delito (para el código de delito)" },
          check = function(v)
            if has(v, { "robbery", "robo", "asalto", "atraco" }) then return true end
            return false, { en = "The offence is an armed robbery.", es = "El delito es un robo a mano armada." }
          end,
          answer = { en = "armed robbery", es = "robo a mano armada" } },
        { name = "priority", label = { en = "Priority (Routine or Urgent)", es = "Prioridad (Rutina o Urgente)" },
          check = function(v)
            if has(v, { "urgent", "urgente" }) then return true end
            return false, { en = "A 48-hour deadline and a suspect at large make time matter.",
                            es = "Un plazo de 48 horas y un sospechoso prófugo hacen que el tiempo importe." }
          end,
          answer = { en = "Urgent", es = "Urgente" } },
        { name = "justification", label = { en = "Justification", es = "Justificación" },
          check = function(v)
            if has(v, { "48", "custody", "detained", "held", "arrest", "charge", "detenido", "imputacion",
                        "plazo", "deadline", "large", "profugo", "second suspect", "segundo sospechoso" }) then
              return true
            end
            return 0.5, { en = "Name the fact that makes time matter: the 48-hour charging deadline or the suspect at large.",
                          es = "Nombre el hecho que hace que el tiempo importe: el plazo de 48 horas o el sospechoso prófugo." }
          end,
          answer = { en = "Suspect held; charging decision due within 48 hours; second suspect at large",
                     es = "Sospechoso detenido; imputación en 48 horas; segundo sospechoso prófugo" } },
        { name = "agency", label = { en = "Requesting agency identifier", es = "Identificador de la agencia solicitante" },
          rule = "exact", answers = { "PN-DIJ-0412" } },
      },
      explain = {
        en = "The possessor is Marco Ruiz Pérez; the crime is armed robbery; Urgent, because the charging decision is due within 48 hours and a suspect is at large, and an Urgent request must say why; the agency identifier exactly as issued.",
        es = "El poseedor es Marco Ruiz Pérez; el delito, robo a mano armada; Urgente, porque la imputación vence en 48 horas y hay un sospechoso prófugo, y una solicitud urgente debe decir por qué; el identificador de la agencia tal como fue asignado.",
      },
      sources = { "A1", "A2" },
      tags = { "trace-request" },
    },

    multi {
      id = "required-fields",
      prompt = {
        en = "Which are required firearm fields of the trace request? Tick each.",
        es = "¿Cuáles son campos obligatorios del arma en la solicitud de rastreo? Marque cada uno.",
      },
      options = {
        { en = "Serial number", es = "Número de serie" },
        { en = "Finish and grip colour", es = "Acabado y color de las cachas" },
        { en = "Calibre", es = "Calibre" },
        { en = "Country of origin", es = "País de origen" },
        { en = "Barrel length", es = "Longitud del cañón" },
        { en = "Manufacturer and model", es = "Fabricante y modelo" },
        { en = "Type", es = "Tipo" },
      },
      answers = { 1, 3, 4, 6, 7 },
      explain = {
        en = "Serial number, type, calibre, manufacturer, model and country of origin (and the importer for a firearm made outside the US). Finish, grips and barrel length are not required fields.",
        es = "Número de serie, tipo, calibre, fabricante, modelo y país de origen (y el importador para un arma fabricada fuera de EE. UU.). Acabado, cachas y longitud del cañón no son campos obligatorios.",
      },
      sources = { "A1" },
      tags = { "trace-request" },
    },

    choice {
      id = "urgent-needs",
      prompt = {
        en = "A request goes in marked Urgent. What else must it carry?",
        es = "Una solicitud se envía marcada como urgente. ¿Qué más debe llevar?",
      },
      options = {
        { en = "A signed order from a judge", es = "Una orden firmada por un juez" },
        { en = "The firearm itself, sent to the NTC", es = "El arma misma, enviada al NTC" },
        { en = "A justification", es = "Una justificación" },
        { en = "Nothing: Urgent and Routine requests are the same", es = "Nada: las solicitudes urgentes y de rutina son iguales" },
      },
      answer = 3,
      explain = {
        en = "The priority is Routine or Urgent, and an Urgent request needs a justification. The firearm stays with you as evidence; the trace works from its identifiers.",
        es = "La prioridad es Rutina o Urgente, y una solicitud urgente necesita una justificación. El arma queda con usted como indicio; el rastreo trabaja con sus identificadores.",
      },
      sources = { "A1" },
      tags = { "trace-request" },
    },

    choice {
      id = "routine-case",
      prompt = {
        en = "A rusty shotgun is found buried in a field. No one is linked to it and no deadline runs. Which priority fits?",
        es = "Se encuentra una escopeta oxidada enterrada en un campo. Nadie está vinculado a ella y no corre ningún plazo. ¿Qué prioridad corresponde?",
      },
      options = {
        { en = "Urgent, since every crime gun is urgent", es = "Urgente, porque toda arma vinculada a un delito es urgente" },
        { en = "Routine", es = "Rutina" },
        { en = "No request: found firearms are not traced", es = "Ninguna solicitud: las armas halladas no se rastrean" },
      },
      answer = 2,
      explain = {
        en = "Nothing in the case makes time matter, so Routine: an Urgent request needs a justification. Found firearms are traced too: a trace may show where it left the legal market.",
        es = "Nada en el caso hace que el tiempo importe, así que Rutina: una solicitud urgente necesita una justificación. Las armas halladas también se rastrean: un rastreo puede mostrar dónde salió del mercado legal.",
      },
      sources = { "A1", "T8" },
      tags = { "trace-request" },
    },

    truefalse {
      id = "importer-foreign",
      prompt = {
        en = "True or false: for a pistol marked MADE IN CHILE, the importer field may be left blank if the importer's marks are hard to find.",
        es = "Verdadero o falso: en una pistola marcada MADE IN CHILE, el campo del importador puede dejarse en blanco si cuesta encontrar las marcas del importador.",
      },
      answer = false,
      explain = {
        en = "False. The importer is required for a firearm made outside the US; the chain of a trace starts at the manufacturer or importer. Look on the frame or receiver, the barrel and the slide.",
        es = "Falso. El importador es obligatorio para un arma fabricada fuera de EE. UU.; la cadena de un rastreo empieza en el fabricante o el importador. Busque en el armazón o cajón de mecanismos, el cañón y la corredera.",
      },
      sources = { "A1", "A8" },
      tags = { "trace-request" },
    },

    choice {
      id = "serial-from-where",
      prompt = {
        en = "The slide and the frame of a pistol carry serial numbers that differ by one digit. Which goes in the request?",
        es = "La corredera y el armazón de una pistola llevan números de serie que difieren en un dígito. ¿Cuál va en la solicitud?",
      },
      options = {
        { en = "The slide's, since it is the easier of the two to read", es = "El de la corredera, porque es el más fácil de leer de los dos" },
        { en = "Both, in the serial number field, separated by a slash", es = "Los dos, en el campo del número de serie, separados por una barra" },
        { en = "Neither: the request waits until the slide and frame match", es = "Ninguno: la solicitud espera hasta que corredera y armazón coincidan" },
        { en = "The frame's; the slide's as an additional marking", es = "El del armazón; el de la corredera como marca adicional" },
      },
      answer = 4,
      explain = {
        en = "The serial number comes from the frame or receiver, the reference point: its number identifies the pistol. Record the slide's number as an additional marking; one field holds one serial number, and a request is not held back for a difference it can report.",
        es = "El número de serie se toma del armazón o cajón de mecanismos, el punto de referencia: su número identifica la pistola. Registre el número de la corredera como marca adicional; el campo admite un solo número de serie, y la solicitud no se retiene por una diferencia que puede informar.",
      },
      sources = { "A1", "A8", "T8" },
      tags = { "trace-request" },
    },

    numeric {
      id = "reached-purchaser-1999",
      prompt = {
        en = "Of 164,137 US traces in 1999, what share reached the first retail purchaser?",
        es = "De 164.137 rastreos de EE. UU. en 1999, ¿qué proporción llegó al primer comprador minorista?",
      },
      answer = 52,
      tolerance = 2,
      unit = "%",
      explain = {
        en = "52%. About 10% failed because the firearm was made before 1968, about 11% on serial-number problems, most others on form errors or dealer records.",
        es = "El 52%. Cerca del 10% fracasó porque el arma se fabricó antes de 1968, cerca del 11% por problemas con el número de serie, y la mayoría de los demás por errores en el formulario o en los registros de los comerciantes.",
      },
      sources = { "A13" },
      tags = { "trace-request" },
    },

    multi {
      id = "why-failed-1999",
      prompt = {
        en = "Why did US traces fail in 1999? Tick each cause the study names.",
        es = "¿Por qué fracasaron rastreos de EE. UU. en 1999? Marque cada causa que nombra el estudio.",
      },
      options = {
        { en = "The firearm was made before 1968", es = "El arma se fabricó antes de 1968" },
        { en = "Serial-number problems", es = "Problemas con el número de serie" },
        { en = "The request was written in Spanish", es = "La solicitud estaba escrita en español" },
        { en = "Errors in the form", es = "Errores en el formulario" },
        { en = "Dealer records", es = "Registros de los comerciantes" },
      },
      answers = { 1, 2, 4, 5 },
      explain = {
        en = "Made before 1968 (about 10%), serial-number problems (about 11%), and most others form errors or dealer records. Language is no cause: eTrace has a Spanish version and form 3312.1(S) exists.",
        es = "Fabricada antes de 1968 (cerca del 10%), problemas con el número de serie (cerca del 11%), y la mayoría de los demás errores en el formulario o registros de los comerciantes. El idioma no es causa: eTrace tiene versión en español y existe el formulario 3312.1(S).",
      },
      sources = { "A13", "A1", "A12" },
      tags = { "trace-request" },
    },

    choice {
      id = "ntc-urgent-goal",
      prompt = {
        en = "What is the National Tracing Center's goal for an Urgent trace?",
        es = "¿Cuál es la meta del Centro Nacional de Rastreo para un rastreo urgente?",
      },
      options = {
        { en = "About 7 days", es = "Unos 7 días" },
        { en = "Under 24 hours", es = "Menos de 24 horas" },
        { en = "Within 30 days", es = "Dentro de 30 días" },
      },
      answer = 2,
      explain = {
        en = "Urgent traces: under 24 hours. Routine traces took about 7 days on average in 2023.",
        es = "Rastreos urgentes: menos de 24 horas. Los de rutina tardaron en promedio unos 7 días en 2023.",
      },
      sources = { "A3", "A4" },
      tags = { "trace-request" },
    },

    text {
      id = "etrace-name",
      prompt = {
        en = "What is the name of ATF's web-based system for submitting trace requests, available in Spanish?",
        es = "¿Cómo se llama el sistema web de la ATF para enviar solicitudes de rastreo, disponible en español?",
      },
      answers = { "eTrace", "e-Trace", "e Trace" },
      explain = {
        en = "eTrace: web-based trace request submission and exchange of crime gun data; the Spanish version was piloted in 2010 with Mexico, Guatemala and Costa Rica.",
        es = "eTrace: envío de solicitudes de rastreo por la web e intercambio de datos de armas vinculadas a delitos; la versión en español se probó en 2010 con México, Guatemala y Costa Rica.",
      },
      sources = { "A11", "A12" },
      tags = { "trace-request" },
    },

    choice {
      id = "obliterated-field",
      prompt = {
        en = "The serial number of a recovered rifle is unreadable: it has been removed. How does the trace request show it?",
        es = "El número de serie de un fusil recuperado es ilegible: fue eliminado. ¿Cómo lo muestra la solicitud de rastreo?",
      },
      options = {
        { en = "Obliterated: yes; the rest as marked", es = "Borrado: sí; lo demás como está marcado" },
        { en = "A serial number worked out from the model", es = "Un número de serie deducido del modelo" },
        { en = "The bolt's number, written in the serial field", es = "El número del cerrojo, escrito en el campo de la serie" },
      },
      answer = 1,
      explain = {
        en = "The form has an obliterated yes/no field. Fill in every other identifier, send the rifle to the laboratory, and never put another part's number in the serial field.",
        es = "El formulario tiene un campo borrado sí/no. Llene todos los demás identificadores, envíe el fusil al laboratorio y nunca ponga el número de otra pieza en el campo de la serie.",
      },
      sources = { "A1", "T8" },
      tags = { "trace-request" },
    },

    match {
      id = "field-sources",
      prompt = {
        en = "Match each field of the request with where you take it from.",
        es = "Empareje cada campo de la solicitud con el lugar de donde lo toma.",
      },
      pairs = {
        { { en = "Serial number", es = "Número de serie" },
          { en = "The frame or receiver", es = "El armazón o cajón de mecanismos" } },
        { { en = "Country of origin", es = "País de origen" },
          { en = "The country of manufacture mark", es = "La marca del país de fabricación" } },
        { { en = "Possessor", es = "Poseedor" },
          { en = "The case file", es = "El expediente" } },
        { { en = "Importer", es = "Importador" },
          { en = "The import marks", es = "Las marcas de importación" } },
      },
      explain = {
        en = "Firearm fields come from the markings: the serial from the frame or receiver, the country of origin from the country of manufacture, the importer from the import marks. The possessor and the crime come from the case.",
        es = "Los campos del arma salen de las marcas: la serie del armazón o cajón de mecanismos, el país de origen del país de fabricación, el importador de las marcas de importación. El poseedor y el delito salen del caso.",
      },
      sources = { "A1", "A8" },
      tags = { "trace-request" },
    },

    choice {
      id = "shotgun-calibre-field",
      prompt = {
        en = "A shotgun's barrel reads 12 GA. What goes in the calibre field?",
        es = "El cañón de una escopeta dice 12 GA. ¿Qué va en el campo del calibre?",
      },
      options = {
        { en = "12 gauge, as marked", es = "Calibre 12 (gauge), como está marcado" },
        { en = "12 mm", es = "12 mm" },
        { en = "Nothing: shotguns have no calibre", es = "Nada: las escopetas no tienen calibre" },
      },
      answer = 1,
      explain = {
        en = "Shotguns are marked with their gauge: write 12 gauge as marked. 12 GA is not 12 mm.",
        es = "Las escopetas se marcan con su calibre en gauge: escriba calibre 12 como está marcado. 12 GA no es 12 mm.",
      },
      sources = { "A5", "A8" },
      tags = { "trace-request" },
    },

    function(rng)
      local req = rng:pick(FLAWED)
      return choice {
        id = "spot-the-error",
        prompt = {
          en = "Before sending this request (made up for the exercise), find the field that will make the trace fail:\n\n"
            .. req.en,
          es = "Antes de enviar esta solicitud (inventada para el ejercicio), encuentre el campo que hará fracasar el rastreo:\n\n"
            .. req.es,
        },
        options = FIELDS,
        answer = req.wrong,
        explain = {
          en = "The serial number comes from the frame; a patent number is not a model; the importer is required for a firearm made outside the US; the calibre is a minimum identifier, copied as marked.",
          es = "El número de serie se toma del armazón; un número de patente no es un modelo; el importador es obligatorio para un arma fabricada fuera de EE. UU.; el calibre es un identificador mínimo, copiado como está marcado.",
        },
        sources = { "A6", "A1", "A8", "T8" },
        tags = { "trace-request" },
      }
    end,

    truefalse {
      id = "etrace-central-america",
      prompt = {
        en = "True or false: eTrace is open to police in Central America and the Caribbean, not only in the US.",
        es = "Verdadero o falso: eTrace está abierto a policías de Centroamérica y del Caribe, no solo de EE. UU.",
      },
      answer = true,
      explain = {
        en = "True: eTrace agreements were signed with Central American and Caribbean states and Mexico; seven Central American states got it in 2008.",
        es = "Verdadero: se firmaron acuerdos de eTrace con Estados de Centroamérica y del Caribe y con México; siete Estados centroamericanos lo recibieron en 2008.",
      },
      sources = { "A11" },
      tags = { "trace-request" },
    },

    choice {
      id = "model-in-serial",
      prompt = {
        en = "A request lists the serial number as 92S0. The frame reads MOD 92S0 and, below it, KS08OB21. What is wrong?",
        es = "Una solicitud indica como número de serie 92S0. El armazón dice MOD 92S0 y, debajo, KS08OB21. ¿Qué está mal?",
      },
      options = {
        { en = "Nothing: either number identifies the pistol", es = "Nada: cualquiera de los dos identifica la pistola" },
        { en = "92S0 is the model", es = "92S0 es el modelo" },
        { en = "92S0 should be written 9250", es = "92S0 debería escribirse 9250" },
      },
      answer = 2,
      explain = {
        en = "MOD marks the model. The serial number is KS08OB21; 92S0 goes in the model field, copied as marked (S, not 5).",
        es = "MOD indica el modelo. El número de serie es KS08OB21; 92S0 va en el campo del modelo, copiado como está marcado (S, no 5).",
      },
      sources = { "A6", "A1" },
      tags = { "trace-request" },
    },
  },
}
