-- rastro course, module 4: "Reading markings"
-- (es: "Lectura de marcas").
--
-- Built from rastro's sourced domain facts (markings; tracing). Source keys in the page and
-- question `sources` fields refer to entries of this module's `sources` list.
--
-- Pictures from assets/ (see assets/README.md): the marking plates and sheet, and
-- assets/src/04-*.svg. Every name, number and mark in them and in the prompts is made up for
-- the exercises: ACME ARMS, ZORRO ARMAS, RURITANIA, FREEDONIA, ZETA IMPORTS, the serial,
-- model and patent numbers belong to no real maker, country or firearm.
--
-- Scope: reading and recording markings. Nothing here explains how to make, alter or obliterate
-- a marking, or how to restore one.

-- Characters that are easily confused on stamped metal, and others, for the generated serial.
local CONFUSABLE = { "O", "0", "I", "1", "S", "5", "B", "8", "Z", "2", "G", "6" }
local PLAIN = { "A", "C", "D", "E", "F", "H", "K", "M", "N", "P", "R", "T", "3", "4", "7", "9" }

-- The kinds of marking, in the same order for every "which marking is this?" question.
local function kinds()
  return {
    { en = "Maker's name", es = "Nombre del fabricante" },
    { en = "Country of manufacture", es = "País de fabricación" },
    { en = "Serial number", es = "Número de serie" },
    { en = "Calibre", es = "Calibre" },
    { en = "Model", es = "Modelo" },
    { en = "Patent number", es = "Número de patente" },
  }
end

-- The pistol with its markings (a new table for each question).
local function marked_pistol()
  return {
    file = "04-pistol-markings.png",
    caption = {
      en = "The left side of a pistol and its markings (made up)",
      es = "El lado izquierdo de una pistola y sus marcas (inventadas)",
    },
    alt = {
      en = "The left side of a pistol, muzzle to the right. On the grey slide, two lines of "
        .. "stamped text: at the top left ACME ARMS and at the top right MOD. A9; below, at the "
        .. "left CAL. 9mm and at the right PAT. 4512337. On the frame under the slide, at the "
        .. "left of centre, AB12345 in larger characters, and to its right, smaller, MADE IN "
        .. "RURITANIA. Below are the trigger guard and the grip.",
      es = "El lado izquierdo de una pistola, boca del cañón a la derecha. En la corredera gris, "
        .. "dos líneas de texto estampado: arriba a la izquierda ACME ARMS y arriba a la "
        .. "derecha MOD. A9; debajo, a la izquierda CAL. 9mm y a la derecha PAT. 4512337. En el "
        .. "armazón, bajo la corredera, a la izquierda del centro, AB12345 en caracteres más "
        .. "grandes y, a su derecha, más pequeño, MADE IN RURITANIA. Debajo, el guardamonte y la "
        .. "empuñadura.",
    },
  }
end

-- A plate of marking-*.png with its alt text (a new table for each question).
local function plate(file, en, es)
  return {
    file = file,
    caption = { en = "A marking stamped on metal (made up)", es = "Una marca estampada en metal (inventada)" },
    alt = { en = en, es = es },
  }
end

return lesson {
  id = "reading-markings",
  version = 2,
  title = { en = "Reading markings", es = "Lectura de marcas" },
  summary = {
    en = "What each marking says: maker, country, serial number, model, calibre or gauge; the "
      .. "serial number told apart from model, patent and assembly numbers, and copied exactly.",
    es = "Qué dice cada marca: fabricante, país, número de serie, modelo, calibre; el número de "
      .. "serie distinguido de los números de modelo, de patente y de ensamble, y copiado con "
      .. "exactitud.",
  },
  requires = { "parts-markings" },
  sources = {
    { key = "T1",  text = "UN International Tracing Instrument (2005)" },
    { key = "A8",  text = "27 CFR 478.92, as amended in 2022" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "T8",  text = "ISACS 05.31" },
    { key = "A5",  text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "A6",  text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "A1",  text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "T11", text = "C.I.P. (cip-bobp.org)" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    -- 1 ---------------------------------------------------------------
    page {
      title = { en = "What a marking tells you", es = "Qué dice una marca" },
      text = {
        en = [[
The markings put on a firearm when it is made say who made it, where, and which one it is. The
International Tracing Instrument (paragraph 8(a)) asks at manufacture for:

- the *maker's name*;
- the *country of manufacture*;
- the *serial number*;

and encourages the year, the *type or model* and the *calibre*. A shotgun carries its *gauge*
instead of a calibre.

Other marks come later (import marks, and on firearms proofed in C.I.P. states, proof marks):
they are the subject of the next module. Read them all; record them all. The names in the
picture are made up.]],
        es = [[
Las marcas que recibe un arma al fabricarse dicen quién la hizo, dónde y cuál es. El
"Instrumento internacional para permitir a los Estados identificar y localizar, de forma
oportuna y fidedigna, armas pequeñas y armas ligeras ilícitas" (el Instrumento Internacional de
Localización, ITI por su sigla en inglés; párrafo 8 a) pide en la fabricación:

- el *nombre del fabricante*;
- el *país de fabricación*;
- el *número de serie*;

y recomienda el año, el *tipo o modelo* y el *calibre*. Una escopeta lleva su calibre en
*gauge* (12, 16, 20...).

Otras marcas llegan después (las de importación y, en armas probadas en Estados de la C.I.P.,
las de banco de pruebas): son el tema del módulo siguiente. Léalas todas; regístrelas todas.
Los nombres de la imagen son inventados.]],
      },
      image = {
        file = { en = "marking-sheet_en.png", es = "marking-sheet_es.png" },
        caption = {
          en = "Six kinds of marking, each named under its plate (made up)",
          es = "Seis tipos de marca, cada uno nombrado bajo su placa (inventados)",
        },
        alt = {
          en = "Six grey metal plates in two columns and three rows, each with a stamped marking "
            .. "and its name underneath. Top row: ACME ARMS, manufacturer's name; MADE IN "
            .. "RURITANIA, country of manufacture. Middle row: AB12345, serial number; CAL. 9mm, "
            .. "calibre. Bottom row: IMP. ZETA IMPORTS and FREEDONIA 2024, import marks; three "
            .. "small stamps (a shield with a star, PX in an oval, 24 in a box), proof marks.",
          es = "Seis placas de metal gris en dos columnas y tres filas, cada una con una marca "
            .. "estampada y su nombre debajo. Fila de arriba: ACME ARMS, nombre del fabricante; "
            .. "MADE IN RURITANIA, país de fabricación. Fila del medio: AB12345, número de serie; "
            .. "CAL. 9mm, calibre. Fila de abajo: IMP. ZETA IMPORTS y FREEDONIA 2024, marcas de "
            .. "importación; tres sellos pequeños (un escudo con una estrella, PX en un óvalo, 24 "
            .. "en un recuadro), marcas de banco de pruebas.",
        },
      },
      sources = { "T1", "A5", "A8", "T11" },
    },

    -- 2 ---------------------------------------------------------------
    page {
      title = { en = "Serial, model, patent and assembly numbers", es = "Número de serie, de modelo, de patente y de ensamble" },
      text = {
        en = [[
A firearm carries several numbers, and only one of them is its serial number.

- The *serial number* is on the frame or receiver, with a label such as "SN" or none.
- The *model* often follows "MOD." and may be on the slide or barrel.
- A *patent number* often follows "PAT."; it is the same on every firearm of the design.
- *Assembly numbers* may be stamped on several parts: they are not the serial number either.

!! Do not confuse model or patent numbers with the serial number. Record the others too, as what they are, and photograph every marking.

Duplicate serial numbers occur on different firearms of the same make: the serial number alone
does not identify a firearm. Record the maker, the importer (if any), the model and the calibre
with it.]],
        es = [[
Un arma lleva varios números, y solo uno de ellos es su número de serie.

- El *número de serie* está en el armazón o cajón de mecanismos, con un rótulo como "SN" o
  sin ninguno.
- El *modelo* suele seguir a "MOD." y puede estar en la corredera o el cañón.
- Un *número de patente* suele seguir a "PAT."; es el mismo en todas las armas del diseño.
- Los *números de ensamble* pueden estar estampados en varias piezas: tampoco son el
  número de serie.

!! No confunda los números de modelo o de patente con el número de serie. Registre también los demás, como lo que son, y fotografíe cada marca.

Hay números de serie duplicados en armas distintas de la misma marca: el número de serie solo
no identifica un arma. Registre con él el fabricante, el importador (si lo hay), el modelo y el
calibre.]],
      },
      image = marked_pistol(),
      sources = { "A17", "T8", "A8", "A6" },
    },

    -- 3 ---------------------------------------------------------------
    page {
      title = { en = "Copy it exactly", es = "Cópielo con exactitud" },
      text = {
        en = [[
On stamped metal some letters and digits look alike: O and 0, I and 1, S and 5, B and 8, Z and
2, G and 6. Read each character on its own, in good light, and copy the serial number exactly as
marked: every character, in order, no more and no fewer.

! The success of a trace relies upon the accuracy of the supplied firearm identifiers. In 1999, about 11% of US traces failed on serial-number problems.

The serial number in the picture is made up.]],
        es = [[
En el metal estampado algunas letras y cifras se parecen: O y 0, I y 1, S y 5, B y 8, Z y 2, G y
6. Lea cada carácter por separado, con buena luz, y copie el número de serie tal como está
marcado: cada carácter, en orden, sin agregar ni quitar ninguno.

! El éxito de un rastreo depende de la exactitud de los datos de identificación del arma que se proporcionan. En 1999, cerca del 11 % de los rastreos en EE. UU. fracasó por problemas con el número de serie.

El número de serie de la imagen es inventado.]],
      },
      image = {
        file = "04-serial-confusable.png",
        caption = { en = "A serial number stamped on a frame (made up)", es = "Un número de serie estampado en un armazón (inventado)" },
        alt = {
          en = "A grey metal plate stamped with eight characters: capital B, digit 8, digit zero "
            .. "(with a dot inside), capital O, digit one, capital I, capital S, digit five.",
          es = "Una placa de metal gris estampada con ocho caracteres: B mayúscula, cifra 8, cifra "
            .. "cero (con un punto dentro), O mayúscula, cifra uno, I mayúscula, S mayúscula, cifra "
            .. "cinco.",
        },
      },
      sources = { "A6", "A13" },
    },

    -- 4 ---------------------------------------------------------------
    page {
      title = { en = "Calibre and gauge", es = "Calibre y gauge" },
      text = {
        en = [[
Most firearms are marked with a *calibre* ("CAL. 9mm", ".38 SPL"). Shotguns are marked with
their *gauge* ("12 GA"): in the region a 12-gauge shotgun is usually called "calibre 12".
Record the marking as it is written and say which it is: "12 GA" is not a model, not a serial
number and not 12 mm.

The model is read the same way: "MOD. Z12" is the model Z12, whatever numbers it shares with
the gauge.]],
        es = [[
La mayoría de las armas se marcan con un *calibre* ("CAL. 9mm", ".38 SPL"). Las escopetas se
marcan con su *gauge* ("12 GA"): en la región a una escopeta de 12 gauge se le dice por lo
general "calibre 12". Registre la marca tal como está escrita y diga qué es: "12 GA" no es un
modelo, ni un número de serie, ni 12 mm.

El modelo se lee igual: "MOD. Z12" es el modelo Z12, aunque comparta cifras con el calibre.]],
      },
      image = {
        file = "04-shotgun-marking.png",
        caption = { en = "Markings on a shotgun barrel (made up)", es = "Marcas en el cañón de una escopeta (inventadas)" },
        alt = {
          en = "A grey metal plate stamped with two lines: ZORRO ARMAS, and below it MOD. Z12 "
            .. "followed by 12 GA.",
          es = "Una placa de metal gris estampada con dos líneas: ZORRO ARMAS y, debajo, MOD. Z12 "
            .. "seguido de 12 GA.",
        },
      },
      sources = { "A5", "A8" },
    },
  },

  quiz = {
    -- 1 ---------------------------------------------------------------
    choice {
      id = "which-marking-maker",
      tags = { "reading-markings" },
      prompt = { en = "Which kind of marking is stamped on this metal?", es = "¿Qué tipo de marca está estampada en este metal?" },
      image = plate("marking-manufacturer.png",
        "A grey metal plate stamped with two words: ACME ARMS.",
        "Una placa de metal gris estampada con dos palabras: ACME ARMS."),
      options = kinds(),
      answer = 1,
      explain = {
        en = "A name such as ACME ARMS is the maker's name, one of the marks the ITI asks for at "
          .. "manufacture.",
        es = "Un nombre como ACME ARMS es el nombre del fabricante, una de las marcas que el ITI "
          .. "pide en la fabricación.",
      },
      sources = { "T1" },
    },

    -- 2 ---------------------------------------------------------------
    choice {
      id = "which-marking-country",
      tags = { "reading-markings" },
      prompt = { en = "Which kind of marking is stamped on this metal?", es = "¿Qué tipo de marca está estampada en este metal?" },
      image = plate("marking-country.png",
        "A grey metal plate stamped with two lines: MADE IN, and below it RURITANIA.",
        "Una placa de metal gris estampada con dos líneas: MADE IN y, debajo, RURITANIA."),
      options = kinds(),
      answer = 2,
      explain = {
        en = "MADE IN names the country of manufacture, which the ITI asks for at manufacture. Do "
          .. "not mistake it for a country of import, which is added on import.",
        es = "MADE IN (hecho en) nombra el país de fabricación, que el ITI pide en la fabricación. "
          .. "No lo confunda con un país de importación, que se añade al importar.",
      },
      sources = { "T1" },
    },

    -- 3 ---------------------------------------------------------------
    choice {
      id = "which-marking-calibre",
      tags = { "reading-markings" },
      prompt = { en = "Which kind of marking is stamped on this metal?", es = "¿Qué tipo de marca está estampada en este metal?" },
      image = plate("marking-calibre.png",
        "A grey metal plate stamped with CAL. 9mm.",
        "Una placa de metal gris estampada con CAL. 9mm."),
      options = kinds(),
      answer = 4,
      explain = {
        en = "CAL. 9mm is a calibre marking. The ITI encourages it at manufacture, and a trace "
          .. "request asks for it.",
        es = "CAL. 9mm es una marca de calibre. El ITI la recomienda en la fabricación, y la "
          .. "solicitud de rastreo la pide.",
      },
      sources = { "T1", "A1" },
    },

    -- 4 ---------------------------------------------------------------
    choice {
      id = "which-number-patent",
      tags = { "reading-markings" },
      prompt = {
        en = "The slide of a pistol is marked PAT. 4512337. What is this number?",
        es = "La corredera de una pistola lleva la marca PAT. 4512337. ¿Qué es este número?",
      },
      options = kinds(),
      answer = 6,
      explain = {
        en = "PAT. introduces a patent number, the same on every firearm of the design. Never "
          .. "send it as the serial number; record it as a patent number.",
        es = "PAT. introduce un número de patente, el mismo en todas las armas del diseño. Nunca "
          .. "lo envíe como número de serie; regístrelo como número de patente.",
      },
      sources = { "A17", "T8" },
    },

    -- 5 ---------------------------------------------------------------
    -- Grid 8 x 12 (cells 100 x 37.5 pixels, so that each line of marking has a row of its own):
    -- the serial number lies in C6 and D6.
    locate {
      id = "point-at-serial",
      tags = { "reading-markings" },
      prompt = {
        en = "Point at the serial number of this pistol.",
        es = "Señale el número de serie de esta pistola.",
      },
      image = marked_pistol(),
      grid = { 8, 12 },
      regions = { { x = 228, y = 196, w = 166, h = 34 } },
      hint = {
        en = "Here the model and the patent number carry labels; the serial number is on the frame.",
        es = "Aquí el modelo y el número de patente llevan rótulo; el número de serie está en el "
          .. "armazón.",
      },
      explain = {
        en = "AB12345, on the frame. A9 is the model (MOD.), 4512337 a patent number (PAT.), 9mm "
          .. "the calibre (CAL.).",
        es = "AB12345, en el armazón. A9 es el modelo (MOD.), 4512337 un número de patente "
          .. "(PAT.), 9mm el calibre (CAL.).",
      },
      sources = { "A8", "A17", "T8" },
    },

    -- 6 ---------------------------------------------------------------
    -- Grid 8 x 12 (cells 100 x 37.5 pixels): the model, MOD. A9, lies in F3 and G3.
    locate {
      id = "point-at-model",
      tags = { "reading-markings" },
      prompt = {
        en = "Point at the model marking of this pistol.",
        es = "Señale la marca de modelo de esta pistola.",
      },
      image = marked_pistol(),
      grid = { 8, 12 },
      regions = { { x = 498, y = 80, w = 144, h = 32 } },
      explain = {
        en = "MOD. A9, at the top right of the slide: the model A9. The model may be on the "
          .. "slide, the barrel or the frame.",
        es = "MOD. A9, arriba a la derecha en la corredera: el modelo A9. El modelo puede estar en "
          .. "la corredera, el cañón o el armazón.",
      },
      sources = { "A8" },
    },

    -- 7 ---------------------------------------------------------------
    choice {
      id = "which-is-the-serial",
      tags = { "reading-markings" },
      prompt = {
        en = "The frame of a revolver (made up for this exercise) shows four markings: PAT. "
          .. "3045112, MOD. 10, C45117 and .38 SPL. Which is the serial number?",
        es = "El armazón de un revólver (inventado para este ejercicio) muestra cuatro marcas: "
          .. "PAT. 3045112, MOD. 10, C45117 y .38 SPL. ¿Cuál es el número de serie?",
      },
      options = {
        { en = "3045112", es = "3045112" },
        { en = "10", es = "10" },
        { en = "C45117", es = "C45117" },
        { en = ".38", es = ".38" },
      },
      answer = 3,
      explain = {
        en = "C45117: the one number that is not introduced as something else. 3045112 is a patent "
          .. "number (PAT.), 10 the model (MOD.), .38 SPL the calibre.",
        es = "C45117: el único número que no viene presentado como otra cosa. 3045112 es un número "
          .. "de patente (PAT.), 10 el modelo (MOD.), .38 SPL el calibre.",
      },
      sources = { "A17" },
    },

    -- 8 ---------------------------------------------------------------
    serial {
      id = "copy-confusable-serial",
      tags = { "reading-markings" },
      prompt = {
        en = "Type the serial number stamped on this frame, exactly as marked.",
        es = "Escriba el número de serie estampado en este armazón, tal como está marcado.",
      },
      image = {
        file = "04-serial-confusable.png",
        caption = { en = "A serial number stamped on a frame (made up)", es = "Un número de serie estampado en un armazón (inventado)" },
        alt = {
          en = "A grey metal plate stamped with eight characters: capital B, digit 8, digit zero "
            .. "(with a dot inside), capital O, digit one, capital I, capital S, digit five.",
          es = "Una placa de metal gris estampada con ocho caracteres: B mayúscula, cifra 8, cifra "
            .. "cero (con un punto dentro), O mayúscula, cifra uno, I mayúscula, S mayúscula, cifra "
            .. "cinco.",
        },
      },
      answer = "B80O1IS5",
      hint = {
        en = "The zero has a dot inside; the capital I has bars at top and bottom.",
        es = "El cero tiene un punto dentro; la I mayúscula tiene barras arriba y abajo.",
      },
      explain = {
        en = "B80O1IS5: B, eight, zero, O, one, I, S, five. Copy each character as marked; one "
          .. "wrong character sends a trace to another firearm or to none.",
        es = "B80O1IS5: B, ocho, cero, O, uno, I, S, cinco. Copie cada carácter tal como está "
          .. "marcado; un carácter equivocado lleva el rastreo a otra arma o a ninguna.",
      },
      sources = { "A6", "A13" },
    },

    -- 9 ---------------------------------------------------------------
    -- A new serial number for every seed: 7 or 8 characters, about half of them confusable.
    function(rng)
      local chars = {}
      for i = 1, rng:int(7, 8) do
        chars[i] = rng:number() < 0.5 and rng:pick(CONFUSABLE) or rng:pick(PLAIN)
      end
      local sn = table.concat(chars)
      return serial {
        id = "copy-generated-serial",
        tags = { "reading-markings" },
        prompt = {
          en = "A receiver (made up for this exercise) is marked " .. sn .. ". Type the serial "
            .. "number exactly as marked.",
          es = "Un cajón de mecanismos (inventado para este ejercicio) lleva la marca " .. sn
            .. ". Escriba el número de serie tal como está marcado.",
        },
        answer = sn,
        explain = {
          en = "Exactly " .. sn .. ": every character, in order, with letters and digits that "
            .. "look alike kept apart.",
          es = "Exactamente " .. sn .. ": cada carácter, en orden, sin confundir letras y cifras "
            .. "que se parecen.",
        },
        sources = { "A6" },
      }
    end,

    -- 10 --------------------------------------------------------------
    form {
      id = "read-the-pistol",
      tags = { "reading-markings" },
      prompt = {
        en = "Read the markings of this pistol (made up for this exercise) and fill in what each "
          .. "one says.",
        es = "Lea las marcas de esta pistola (inventada para este ejercicio) y anote lo que dice "
          .. "cada una.",
      },
      image = marked_pistol(),
      fields = {
        { name = "maker", label = { en = "Maker", es = "Fabricante" }, answers = { "ACME ARMS", "ACME" } },
        { name = "country", label = { en = "Country of manufacture", es = "País de fabricación" }, answers = { "Ruritania", "MADE IN RURITANIA" } },
        { name = "model", label = { en = "Model", es = "Modelo" }, answers = { "A9", "MOD. A9", "MOD A9" } },
        { name = "calibre", label = { en = "Calibre", es = "Calibre" }, rule = "number", answer = 9, unit = "mm" },
        { name = "serial", label = { en = "Serial number", es = "Número de serie" }, rule = "serial", answer = "AB12345" },
      },
      explain = {
        en = "Maker ACME ARMS, country Ruritania (MADE IN), model A9 (MOD.), calibre 9 mm (CAL.), "
          .. "serial number AB12345 (on the frame). 4512337 is a patent number "
          .. "and belongs in none of these fields.",
        es = "Fabricante ACME ARMS, país Ruritania (MADE IN), modelo A9 (MOD.), calibre 9 mm "
          .. "(CAL.), número de serie AB12345 (en el armazón). 4512337 es un número de "
          .. "patente y no va en ninguno de estos campos.",
      },
      sources = { "T1", "A8", "A17" },
    },

    -- 11 --------------------------------------------------------------
    match {
      id = "markings-and-meanings",
      tags = { "reading-markings" },
      prompt = {
        en = "Match each marking (made up) with what it says.",
        es = "Empareje cada marca (inventada) con lo que dice.",
      },
      pairs = {
        { { en = "MOD. A9", es = "MOD. A9" }, { en = "Model", es = "Modelo" } },
        { { en = "PAT. 4512337", es = "PAT. 4512337" }, { en = "Patent number", es = "Número de patente" } },
        { { en = "CAL. 9mm", es = "CAL. 9mm" }, { en = "Calibre", es = "Calibre" } },
        { { en = "12 GA", es = "12 GA" }, { en = "Shotgun gauge", es = "Calibre de escopeta (gauge)" } },
        { { en = "MADE IN RURITANIA", es = "MADE IN RURITANIA" }, { en = "Country of manufacture", es = "País de fabricación" } },
      },
      explain = {
        en = "MOD. is the model, PAT. a patent number, CAL. the calibre, GA the gauge of a "
          .. "shotgun, MADE IN the country of manufacture. None of them is the serial number.",
        es = "MOD. es el modelo, PAT. un número de patente, CAL. el calibre, GA el gauge de una "
          .. "escopeta, MADE IN el país de fabricación. Ninguna es el número de serie.",
      },
      sources = { "A17", "A5", "T1" },
    },

    -- 12 --------------------------------------------------------------
    choice {
      id = "gauge-marking",
      tags = { "reading-markings" },
      prompt = {
        en = "A shotgun barrel carries these markings. What does \"12 GA\" tell you?",
        es = "El cañón de una escopeta lleva estas marcas. ¿Qué le dice \"12 GA\"?",
      },
      image = {
        file = "04-shotgun-marking.png",
        caption = { en = "Markings on a shotgun barrel (made up)", es = "Marcas en el cañón de una escopeta (inventadas)" },
        alt = {
          en = "A grey metal plate stamped with two lines: ZORRO ARMAS, and below it MOD. Z12 "
            .. "followed by 12 GA.",
          es = "Una placa de metal gris estampada con dos líneas: ZORRO ARMAS y, debajo, MOD. Z12 "
            .. "seguido de 12 GA.",
        },
      },
      options = {
        { en = "The model, Z12, repeated in short", es = "El modelo, Z12, repetido en forma abreviada" },
        { en = "A calibre of 12 millimetres", es = "Un calibre de 12 milímetros" },
        { en = "Its gauge, 12", es = "Su calibre en gauge: 12" },
        { en = "The last digits of the serial number", es = "Las últimas cifras del número de serie" },
      },
      answer = 3,
      explain = {
        en = "GA is the gauge: shotguns are marked with their gauge rather than a calibre in "
          .. "millimetres. The model is Z12 (MOD.); no serial number is shown here.",
        es = "GA es el gauge: las escopetas se marcan con su gauge y no con un calibre en "
          .. "milímetros. El modelo es Z12 (MOD.); aquí no se ve ningún número de serie.",
      },
      sources = { "A5", "A8" },
    },

    -- 13 --------------------------------------------------------------
    truefalse {
      id = "model-number-is-not-serial",
      tags = { "reading-markings" },
      prompt = {
        en = "True or false: when the serial number is hard to read, the model number may be sent "
          .. "in its place.",
        es = "Verdadero o falso: cuando el número de serie es difícil de leer, puede enviarse el "
          .. "número de modelo en su lugar.",
      },
      answer = false,
      explain = {
        en = "False. Model and patent numbers must never be confused with the serial number: every "
          .. "firearm of the model carries the same one. The serial number is read from the frame "
          .. "or receiver.",
        es = "Falso. Los números de modelo y de patente nunca deben confundirse con el número de "
          .. "serie: todas las armas del modelo llevan el mismo. El número de serie se lee en el "
          .. "armazón o cajón de mecanismos.",
      },
      sources = { "A17", "A1" },
    },

    -- 14 --------------------------------------------------------------
    truefalse {
      id = "duplicate-serials",
      tags = { "reading-markings" },
      prompt = {
        en = "True or false: a serial number alone always identifies a single firearm.",
        es = "Verdadero o falso: el número de serie por sí solo siempre identifica una sola arma.",
      },
      answer = false,
      explain = {
        en = "False. Duplicate serial numbers occur on different firearms of the same make. A "
          .. "trace needs the maker, the importer (if any), the model, the calibre and the serial "
          .. "number.",
        es = "Falso. Hay números de serie duplicados en armas distintas de la misma marca. Un "
          .. "rastreo necesita el fabricante, el importador (si lo hay), el modelo, el calibre y "
          .. "el número de serie.",
      },
      sources = { "A17", "A6" },
    },

    -- 15 --------------------------------------------------------------
    choice {
      id = "other-numbers-recorded",
      tags = { "reading-markings" },
      prompt = {
        en = "You have the serial number from the frame. What does ISACS 05.31 ask you to do with "
          .. "the assembly and patent numbers and the proof marks you also see?",
        es = "Ya tiene el número de serie del armazón. ¿Qué pide ISACS 05.31 hacer con los números "
          .. "de ensamble y de patente y las marcas de banco de pruebas que también ve?",
      },
      options = {
        { en = "Nothing: only the serial number is needed", es = "Nada: solo hace falta el número de serie" },
        { en = "Put them in the serial number field, after the serial", es = "Ponerlos en el campo del número de serie, después del número" },
        { en = "Record them too, and photograph the markings", es = "Registrarlos también, con fotografías" },
      },
      answer = 3,
      explain = {
        en = "Record proof marks, assembly and patent numbers as well, each as what it is, and "
          .. "photograph the markings. They never go into the serial number field.",
        es = "Registre también las marcas de banco de pruebas y los números de ensamble y de "
          .. "patente, cada uno como lo que es, y fotografíe las marcas. Nunca van en el campo del "
          .. "número de serie.",
      },
      sources = { "T8", "A17" },
    },

    -- 16 --------------------------------------------------------------
    choice {
      id = "country-of-manufacture",
      tags = { "reading-markings" },
      prompt = {
        en = "A pistol (made up for this exercise) is marked ACME ARMS - RURITANIA on the slide "
          .. "and IMP. ZETA IMPORTS FREEDONIA on the frame. Which is its country of manufacture?",
        es = "Una pistola (inventada para este ejercicio) lleva ACME ARMS - RURITANIA en la "
          .. "corredera e IMP. ZETA IMPORTS FREEDONIA en el armazón. ¿Cuál es su país de "
          .. "fabricación?",
      },
      options = {
        { en = "Freedonia, where it was imported", es = "Freedonia, donde se importó" },
        { en = "Ruritania, with the maker's name", es = "Ruritania, con el nombre del fabricante" },
        { en = "Neither Ruritania nor Freedonia: MADE IN is missing", es = "Ni Ruritania ni Freedonia: falta MADE IN" },
      },
      answer = 2,
      explain = {
        en = "Ruritania, which goes with the maker's name. IMP. introduces the importer, and "
          .. "Freedonia is the country of import, a mark added on import. The country of manufacture need not follow the words MADE IN.",
        es = "Ruritania, que acompaña al nombre del fabricante. IMP. introduce al importador, y "
          .. "Freedonia es el país de importación, una marca que se añade al importar. El país de fabricación no tiene por qué ir tras las palabras MADE IN.",
      },
      sources = { "T1" },
    },

    -- 17 --------------------------------------------------------------
    text {
      id = "label-of-patent",
      tags = { "reading-markings" },
      prompt = {
        en = "A number on a firearm follows the letters PAT. What kind of number is it? Type it.",
        es = "Un número en un arma sigue a las letras PAT. ¿Qué clase de número es? Escríbalo.",
      },
      answers = {
        { en = "patent number", es = "número de patente" },
        { en = "patent", es = "patente" },
        { en = "a patent number", es = "un número de patente" },
        "nro de patente", "no. de patente", "numero patente", "patent no", "patent no.",
        "nro. de patente", "n.º de patente", "nº de patente", "n° de patente", "num. de patente",
      },
      explain = {
        en = "A patent number. It is recorded as a patent number, never as the serial number.",
        es = "Un número de patente. Se registra como número de patente, nunca como número de "
          .. "serie.",
      },
      sources = { "A17", "T8" },
    },

    -- 18 --------------------------------------------------------------
    -- Grid 8 x 12 (cells 100 x 37.5 pixels): PAT. 4512337 lies in E4, F4 and G4.
    locate {
      id = "point-at-patent",
      tags = { "reading-markings" },
      prompt = {
        en = "A colleague copied a number of this pistol as its serial number, but it is a patent "
          .. "number. Point at the patent number.",
        es = "Un colega copió un número de esta pistola como su número de serie, pero es un "
          .. "número de patente. Señale el número de patente.",
      },
      image = marked_pistol(),
      grid = { 8, 12 },
      regions = { { x = 438, y = 124, w = 244, h = 34 } },
      explain = {
        en = "PAT. 4512337, on the slide below the model: a patent number, the same on every "
          .. "firearm of the design. The serial number is AB12345, on the frame.",
        es = "PAT. 4512337, en la corredera bajo el modelo: un número de patente, el mismo en "
          .. "todas las armas del diseño. El número de serie es AB12345, en el armazón.",
      },
      sources = { "A17", "T8" },
    },

    -- 19 --------------------------------------------------------------
    choice {
      id = "same-serial-two-pistols",
      tags = { "reading-markings" },
      prompt = {
        en = "Two seized pistols of the same make carry the same serial number. What is the "
          .. "right conclusion?",
        es = "Dos pistolas incautadas de la misma marca tienen el mismo número de serie. ¿Cuál "
          .. "es la conclusión correcta?",
      },
      options = {
        { en = "One of them must be a counterfeit copy", es = "Una de ellas tiene que ser una copia falsificada" },
        { en = "It happens: record every identifier", es = "Ocurre: registre todos los identificadores" },
        { en = "They are the same firearm, recorded twice", es = "Son la misma arma, registrada dos veces" },
      },
      answer = 2,
      explain = {
        en = "Duplicate serial numbers occur on different firearms of the same make. Record the "
          .. "maker, the importer (if any), the model and the calibre with the serial number: a "
          .. "trace needs them all.",
        es = "Hay números de serie duplicados en armas distintas de la misma marca. Registre con "
          .. "el número de serie el fabricante, el importador (si lo hay), el modelo y el "
          .. "calibre: un rastreo los necesita todos.",
      },
      sources = { "A17", "A6" },
    },
  },
}
