-- rastro course, module 3: "Parts and where markings are"
-- (es: "Piezas y ubicación de las marcas").
--
-- Built from rastro's sourced domain facts (parts and components; markings). Source keys in the
-- page and question `sources` fields refer to entries of this module's `sources` list.
--
-- Pictures from assets/ (see assets/README.md). The `regions` of the locate questions are
-- rectangles in the pixels of pistol-plain.png (800 x 450, measured in assets/README.md),
-- 02-revolver-plain.png (800 x 450, the revolver of revolver.svg moved 40 pixels right) and
-- 02-bolt-action.png (800 x 300). Every spot that is right counts: the serial number that
-- identifies a pistol may be anywhere on its frame.
--
-- Scope: identification only. Nothing here explains how to make, convert, alter or obliterate
-- a firearm or its markings.

-- The unlabelled pistol of the pointing questions (a new table for each one).
local function plain_pistol()
  return {
    file = "pistol-plain.png",
    caption = { en = "A pistol, side view, muzzle to the right", es = "Una pistola vista de costado, boca del cañón a la derecha" },
    alt = {
      en = "A pistol seen from its left side, muzzle to the right, with no words or numbers. "
        .. "Along the top runs a long light-grey slide with three grooves at its rear end; a "
        .. "dashed outline inside the front part of the slide shows the barrel, whose dark-grey "
        .. "muzzle sticks out at the front. Under the slide is the yellow frame: a straight part "
        .. "running under the whole slide, the trigger guard with the trigger, and the grip "
        .. "slanting down at the rear.",
      es = "Una pistola vista desde su lado izquierdo, boca del cañón a la derecha, sin palabras "
        .. "ni números. Arriba corre una corredera larga, gris claro, con tres ranuras en su "
        .. "extremo trasero; un contorno de trazos dentro de la parte delantera de la corredera "
        .. "muestra el cañón, cuya boca gris oscuro sobresale por delante. Debajo de la corredera "
        .. "está el armazón amarillo: una parte recta que corre bajo toda la corredera, el "
        .. "guardamonte con el gatillo y la empuñadura, inclinada hacia abajo en la parte "
        .. "trasera.",
    },
  }
end

-- The frame of pistol-plain.png, as three rectangles (assets/README.md).
local function pistol_frame()
  return {
    { x = 147, y = 165, w = 477, h = 56 },   -- under the slide
    { x = 172, y = 221, w = 263, h = 72 },   -- trigger guard, top of the grip
    { x = 161, y = 293, w = 170, h = 102 },  -- grip
  }
end

return lesson {
  id = "parts-markings",
  version = 2,
  title = { en = "Parts and where markings are", es = "Piezas y ubicación de las marcas" },
  summary = {
    en = "The parts and components the Firearms Protocol names, the frame or receiver as the "
      .. "reference point, and where each marking is found on pistols, revolvers, rifles and "
      .. "shotguns.",
    es = "Las piezas y componentes que nombra el Protocolo sobre armas de fuego, el armazón o "
      .. "cajón de mecanismos como punto de referencia, y dónde se halla cada marca en pistolas, "
      .. "revólveres, fusiles y escopetas.",
  },
  requires = { "categories-actions" },
  sources = {
    { key = "U2",  text = "UNODC Education for Justice, firearms module 2, parts and components" },
    { key = "T3",  text = "UN Firearms Protocol (Protocol against the Illicit Manufacturing of and "
      .. "Trafficking in Firearms), Art. 3(b) and Arts. 7-8" },
    { key = "A8",  text = "27 CFR 478.92, as amended in 2022" },
    { key = "T8",  text = "ISACS 05.31" },
    { key = "A5",  text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "U1",  text = "UNODC Education for Justice, firearms module 2, common firearm types" },
    { key = "A1",  text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "A15", text = "GAO-21-322" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    -- 1 ---------------------------------------------------------------
    page {
      title = { en = "Parts and components", es = "Piezas y componentes" },
      text = {
        en = [[
The UN Firearms Protocol (Art. 3(b)) calls *parts and components* any element specifically
designed for a firearm and essential to its operation, *including*:

- the barrel;
- the frame or receiver;
- the slide or the cylinder;
- the bolt or the breech block;
- any device designed or adapted to diminish the sound of firing.

! The list is open: "including" means these are examples, not a closed count. Do not teach or record "the four essential parts" as if nothing else could be one.

Of all of them, the frame or receiver matters most to you: ISACS makes it the primary reference
point for identifying a firearm.]],
        es = [[
El Protocolo de la ONU sobre armas de fuego (art. 3 b) llama *piezas y componentes* a todo
elemento diseñado específicamente para un arma de fuego e indispensable para su
funcionamiento, *incluidos*:

- el cañón;
- el armazón o cajón de mecanismos (receptor);
- la corredera o el tambor;
- el cerrojo o el bloque de cierre;
- todo dispositivo concebido o adaptado para atenuar el ruido del disparo.

! La lista es abierta: "incluidos" significa que son ejemplos, no un número cerrado. No enseñe ni registre "las cuatro partes esenciales" como si ninguna otra pudiera serlo.

De todas ellas, la que más le importa es el armazón o cajón de mecanismos: ISACS lo considera
el punto de referencia principal para identificar un arma.]],
      },
      sources = { "U2", "T3", "T8" },
    },

    -- 2 ---------------------------------------------------------------
    page {
      title = { en = "The pistol", es = "La pistola" },
      text = {
        en = [[
On a pistol you see the *slide* (grey) on top, the *barrel* inside it (dashed; only the muzzle
shows) and the *frame* (yellow), with the grip and the trigger guard.

The US rule (27 CFR 478.92, as amended in 2022) matters in the region because many firearms
recovered here come from the United States: 70% of those recovered in Mexico in 2014-18 and
submitted for tracing were US-sourced. Under it:

- the *serial number*, with the maker's or importer's name and place, goes on the *frame or
  receiver* (callout 1);
- the *model* and *calibre* (and a foreign maker and the country of manufacture) may be on the
  frame or receiver, *or* on the barrel or the pistol slide (callout 2).

!! Many pistols repeat the serial number on the slide and the barrel. The number on the frame is the one that identifies the firearm; the others are recorded as additional markings.]],
        es = [[
En una pistola se ven la *corredera* (gris) arriba, el *cañón* dentro de ella (con trazos; solo
asoma la boca) y el *armazón* (amarillo), con la empuñadura y el guardamonte.

La norma de Estados Unidos (27 CFR 478.92, reformada en 2022) importa en la región porque
muchas de las armas recuperadas aquí provienen de ese país: el 70 % de las recuperadas en
México en 2014-2018 y enviadas a rastreo tenían origen en EE. UU. Según esa norma:

- el *número de serie*, con el nombre y la ciudad del fabricante o importador, va en el
  *armazón o cajón de mecanismos* (llamada 1);
- el *modelo* y el *calibre* (y un fabricante extranjero y el país de fabricación) pueden ir en
  el armazón, *o* en el cañón o la corredera de la pistola (llamada 2).

!! Muchas pistolas repiten el número de serie en la corredera y el cañón. El número del armazón es el que identifica el arma; los otros se registran como marcas adicionales.]],
      },
      image = {
        file = { en = "pistol_en.png", es = "pistol_es.png" },
        caption = {
          en = "Pistol: slide, barrel and frame; 1 serial number, 2 model and calibre",
          es = "Pistola: corredera, cañón y armazón; 1 número de serie, 2 modelo y calibre",
        },
        alt = {
          en = "A pistol seen from the side, muzzle to the right. On top, the grey slide, "
            .. "labelled SLIDE; inside it a dashed outline of the barrel, labelled BARREL, with "
            .. "the muzzle sticking out at the front. Below, the yellow frame with the trigger "
            .. "guard and the grip, labelled FRAME. Red callout 1, serial number, points at the "
            .. "side of the frame just under the front of the slide; red callout 2, model and "
            .. "calibre, points at the side of the slide.",
          es = "Una pistola vista de costado, boca del cañón a la derecha. Arriba, la corredera "
            .. "gris, rotulada CORREDERA; dentro, el contorno de trazos del cañón, rotulado "
            .. "CAÑÓN, con la boca asomando por delante. Abajo, el armazón amarillo con el "
            .. "guardamonte y la empuñadura, rotulado ARMAZÓN. La llamada roja 1, número de "
            .. "serie, señala el costado del armazón justo bajo la parte delantera de la "
            .. "corredera; la llamada roja 2, modelo y calibre, señala el costado de la corredera.",
        },
      },
      sources = { "U2", "A8", "T8", "A15" },
    },

    -- 3 ---------------------------------------------------------------
    page {
      title = { en = "The revolver", es = "El revólver" },
      text = {
        en = [[
On a revolver the *cylinder* takes the place of the pistol's slide among the parts: *frame*,
*cylinder*, *barrel*.

The frame (yellow) is again the reference point: the serial number that identifies the
revolver is on the frame (callout 1). Model and calibre may be on the frame or on the barrel
(callout 2, one usual place).]],
        es = [[
En el revólver el *tambor* ocupa el lugar de la corredera de la pistola entre las piezas:
*armazón*, *tambor*, *cañón*.

El armazón (amarillo) vuelve a ser el punto de referencia: el número de serie que identifica el
revólver está en el armazón (llamada 1). El modelo y el calibre pueden ir en el armazón o en el
cañón (llamada 2, un lugar habitual).]],
      },
      image = {
        file = { en = "revolver_en.png", es = "revolver_es.png" },
        caption = {
          en = "Revolver: cylinder, barrel and frame; 1 serial number, 2 model and calibre",
          es = "Revólver: tambor, cañón y armazón; 1 número de serie, 2 modelo y calibre",
        },
        alt = {
          en = "A revolver seen from the side, muzzle to the right. The yellow frame, labelled "
            .. "FRAME, holds the grey cylinder, labelled CYLINDER, above the trigger; the hammer "
            .. "rises at the rear. A long grey barrel, labelled BARREL, runs forward from the "
            .. "frame. Red callout 1, serial number, points at the frame just in front of the "
            .. "cylinder; red callout 2, model and calibre, points at the side of the barrel.",
          es = "Un revólver visto de costado, boca del cañón a la derecha. El armazón amarillo, "
            .. "rotulado ARMAZÓN, sostiene el tambor gris, rotulado TAMBOR, sobre el gatillo; "
            .. "el martillo se eleva atrás. Un cañón gris largo, rotulado CAÑÓN, sale hacia "
            .. "delante desde el armazón. La llamada roja 1, número de serie, señala el armazón "
            .. "justo delante del tambor; la llamada roja 2, modelo y calibre, señala el costado "
            .. "del cañón.",
        },
      },
      sources = { "U2", "A8", "T8" },
    },

    -- 4 ---------------------------------------------------------------
    page {
      title = { en = "Rifles and shotguns: the receiver", es = "Fusiles y escopetas: el cajón de mecanismos" },
      text = {
        en = [[
On a long gun the *receiver* (in Spanish *cajón de mecanismos*; "receptor" is heard too) plays
the part of the pistol's frame: it holds the action, it is the primary reference point, and the
serial number that identifies the firearm is on it (callout 1). Model and calibre may be on the
receiver or on the barrel (callout 2).

The stock and the forend are not among the parts the Protocol names, though its list is open.]],
        es = [[
En un arma larga el *cajón de mecanismos* (también se oye "receptor") cumple el papel del
armazón de la pistola: aloja el mecanismo, es el punto de referencia principal y en él está el
número de serie que identifica el arma (llamada 1). El modelo y el calibre pueden ir en el
cajón de mecanismos o en el cañón (llamada 2).

La culata y el guardamanos no están entre las piezas que nombra el Protocolo, aunque su lista
es abierta.]],
      },
      image = {
        file = { en = "rifle_en.png", es = "rifle_es.png" },
        caption = {
          en = "Rifle: receiver, bolt and barrel; 1 serial number, 2 model and calibre",
          es = "Fusil: cajón de mecanismos, cerrojo y cañón; 1 número de serie, 2 modelo y calibre",
        },
        alt = {
          en = "A rifle seen from the side, muzzle to the right: a wooden stock at the left, the "
            .. "yellow receiver, labelled RECEIVER, with the bolt handle, labelled BOLT, and a "
            .. "long grey barrel, labelled BARREL. A round inset shows the rifled bore. Red "
            .. "callout 1, serial number, points at the receiver; red callout 2, model and "
            .. "calibre, points at the barrel.",
          es = "Un fusil visto de costado, boca del cañón a la derecha: una culata de madera a la "
            .. "izquierda, el cajón de mecanismos amarillo, rotulado CAJÓN DE MECANISMOS, con la "
            .. "manija del cerrojo, rotulada CERROJO, y un cañón gris largo, rotulado CAÑÓN. Un "
            .. "recuadro redondo muestra el ánima rayada. La llamada roja 1, número de serie, "
            .. "señala el cajón de mecanismos; la llamada roja 2, modelo y calibre, señala el "
            .. "cañón.",
        },
      },
      sources = { "U2", "A8", "T8" },
    },

    -- 5 ---------------------------------------------------------------
    page {
      title = { en = "Look at every part", es = "Revise todas las piezas" },
      text = {
        en = [[
A shotgun follows the rifle: the serial number on the receiver (callout 1); the model and the
*gauge* on the receiver or the barrel (callout 2).

! Look for markings on every part before you decide that one is missing: the callouts show one usual place, not the only one. Then record every marking, including the numbers repeated on other parts, and photograph them.

When you send a trace request, the serial number it asks for is the one on the frame or
receiver.]],
        es = [[
La escopeta sigue al fusil: el número de serie en el cajón de mecanismos (llamada 1); el modelo
y el *calibre* (gauge) en el cajón o en el cañón (llamada 2).

! Busque marcas en todas las piezas antes de concluir que falta una: las llamadas muestran un lugar habitual, no el único. Luego registre todas las marcas, también los números repetidos en otras piezas, y fotografíelas.

Cuando envíe una solicitud de rastreo, el número de serie que pide es el del armazón o cajón
de mecanismos.]],
      },
      image = {
        file = { en = "shotgun_en.png", es = "shotgun_es.png" },
        caption = {
          en = "Shotgun: receiver and barrel; 1 serial number, 2 model and gauge",
          es = "Escopeta: cajón de mecanismos y cañón; 1 número de serie, 2 modelo y calibre (gauge)",
        },
        alt = {
          en = "A shotgun seen from the side, muzzle to the right: a wooden stock, the yellow "
            .. "receiver, labelled RECEIVER, and a long grey barrel, labelled BARREL, with a "
            .. "wooden forend under it. A round inset shows a smooth bore. Red callout 1, serial "
            .. "number, points at the receiver; red callout 2, model and gauge, points at the "
            .. "barrel.",
          es = "Una escopeta vista de costado, boca del cañón a la derecha: una culata de madera, "
            .. "el cajón de mecanismos amarillo, rotulado CAJÓN DE MECANISMOS, y un cañón gris "
            .. "largo, rotulado CAÑÓN, con un guardamanos de madera debajo. Un recuadro redondo "
            .. "muestra un ánima lisa. La llamada roja 1, número de serie, señala el cajón de "
            .. "mecanismos; la llamada roja 2, modelo y calibre (gauge), señala el cañón.",
        },
      },
      sources = { "A8", "A5", "T8", "A1" },
    },
  },

  quiz = {
    -- 1 ---------------------------------------------------------------
    -- Grid 4 x 3 (cells 200 x 150 pixels): B2, C2 and B3, the frame; the slide is in row 1.
    locate {
      id = "frame-on-pistol",
      tags = { "parts-markings" },
      prompt = { en = "Point at the frame of this pistol.", es = "Señale el armazón de esta pistola." },
      image = plain_pistol(),
      grid = { 4, 3 },
      regions = pistol_frame(),
      explain = {
        en = "The frame is the lower part, with the grip and the trigger guard; the slide sits on "
          .. "top of it and the barrel inside the slide. The frame is the primary reference point "
          .. "for identification.",
        es = "El armazón es la parte inferior, con la empuñadura y el guardamonte; la corredera "
          .. "va encima y el cañón dentro de la corredera. El armazón es el punto de referencia "
          .. "principal para la identificación.",
      },
      sources = { "U2", "T8" },
    },

    -- 2 ---------------------------------------------------------------
    -- Grid 8 x 6 (cells 100 x 75 pixels): every cell of the frame counts, since the serial
    -- number may be anywhere on it; the slide (row 2) and the barrel do not.
    locate {
      id = "serial-that-identifies",
      tags = { "parts-markings" },
      prompt = {
        en = "This pistol carries its serial number on the slide, on the barrel and on the "
          .. "frame. Point at the part whose serial number identifies the firearm.",
        es = "Esta pistola lleva su número de serie en la corredera, en el cañón y en el "
          .. "armazón. Señale la pieza cuyo número de serie identifica el arma.",
      },
      image = plain_pistol(),
      grid = { 8, 6 },
      regions = pistol_frame(),
      hint = {
        en = "It is the part ISACS makes the primary reference point.",
        es = "Es la pieza que ISACS considera el punto de referencia principal.",
      },
      explain = {
        en = "The frame (anywhere on it). Many pistols repeat the serial number on the slide and "
          .. "the barrel, but the frame or receiver carries the one that identifies the firearm, "
          .. "and a trace request asks for that one.",
        es = "El armazón (en cualquier punto). Muchas pistolas repiten el número de serie en la "
          .. "corredera y el cañón, pero el armazón lleva el que identifica el arma, y la "
          .. "solicitud de rastreo pide ese.",
      },
      sources = { "A8", "T8", "A1" },
    },

    -- 3 ---------------------------------------------------------------
    -- Grid 8 x 6: the slide, row 2 from B to G (B2 holds its rear grooves).
    locate {
      id = "point-at-slide",
      tags = { "parts-markings" },
      prompt = { en = "Point at the slide of this pistol.", es = "Señale la corredera de esta pistola." },
      image = plain_pistol(),
      grid = { 8, 6 },
      regions = { { x = 137, y = 85, w = 507, h = 86 } },
      explain = {
        en = "The slide is the long part on top, with grooves at its rear; the barrel sits inside "
          .. "it. Under the US rule it may carry the model and calibre, and many pistols repeat "
          .. "the serial number on it.",
        es = "La corredera es la pieza larga de arriba, con ranuras atrás; el cañón va dentro de "
          .. "ella. Según la norma de EE. UU. puede llevar el modelo y el calibre, y muchas "
          .. "pistolas repiten en ella el número de serie.",
      },
      sources = { "U2", "A8" },
    },

    -- 4 ---------------------------------------------------------------
    -- Grid 8 x 6 (cells 100 x 75): the cylinder lies in D2, D3 and E3.
    locate {
      id = "point-at-cylinder",
      tags = { "parts-markings" },
      prompt = { en = "Point at the cylinder of this revolver.", es = "Señale el tambor de este revólver." },
      image = {
        file = "02-revolver-plain.png",
        caption = { en = "A revolver, side view, muzzle to the right", es = "Un revólver visto de costado, boca del cañón a la derecha" },
        alt = {
          en = "A revolver seen from the side, muzzle to the right, with no words. A yellow frame "
            .. "runs from the hammer at the top left down to the grip at the bottom left, with "
            .. "the trigger guard in the middle; in the upper middle of the frame sits a grey "
            .. "fluted drum with two long grooves; a long grey barrel runs to the right from the "
            .. "top of the frame.",
          es = "Un revólver visto de costado, boca del cañón a la derecha, sin palabras. Un "
            .. "armazón amarillo va del martillo, arriba a la izquierda, a la empuñadura, abajo a "
            .. "la izquierda, con el guardamonte en el medio; en la parte alta central del "
            .. "armazón hay un cilindro gris con dos acanaladuras largas; un cañón gris largo "
            .. "sale hacia la derecha desde la parte alta del armazón.",
        },
      },
      grid = { 8, 6 },
      regions = { { x = 276, y = 118, w = 170, h = 84 } },
      explain = {
        en = "The cylinder is the fluted drum in the frame, above the trigger: it holds the "
          .. "chambers. Among the parts the Protocol names it stands beside the pistol's slide.",
        es = "El tambor es el cilindro acanalado en el armazón, sobre el gatillo: aloja las "
          .. "recámaras. Entre las piezas que nombra el Protocolo figura junto a la corredera de "
          .. "la pistola.",
      },
      sources = { "U1", "U2" },
    },

    -- 5 ---------------------------------------------------------------
    -- Grid 8 x 6 (cells 100 x 50): the receiver lies in D3 and E3.
    locate {
      id = "point-at-receiver",
      tags = { "parts-markings" },
      prompt = {
        en = "Point at the part of this rifle that carries the serial number identifying it.",
        es = "Señale la pieza de este fusil que lleva el número de serie que lo identifica.",
      },
      image = {
        file = "02-bolt-action.png",
        caption = { en = "A rifle, side view, muzzle to the right", es = "Un fusil visto de costado, boca del cañón a la derecha" },
        alt = {
          en = "A rifle seen from the side, muzzle to the right, with no words. Left to right: a "
            .. "wooden stock running forward under the barrel; a yellow box-shaped part above "
            .. "the trigger guard, with a bolt handle and knob at its rear; a long grey barrel "
            .. "to the right.",
          es = "Un fusil visto de costado, boca del cañón a la derecha, sin palabras. De "
            .. "izquierda a derecha: una culata de madera que sigue hacia delante bajo el cañón; "
            .. "una pieza amarilla en forma de caja sobre el guardamonte, con una manija de "
            .. "cerrojo y su pomo atrás; un cañón gris largo a la derecha.",
        },
      },
      grid = { 8, 6 },
      regions = { { x = 270, y = 94, w = 190, h = 44 } },
      explain = {
        en = "The receiver (cajón de mecanismos), the yellow part that holds the action: it is "
          .. "the primary reference point, and the serial number that identifies a rifle is "
          .. "marked on it.",
        es = "El cajón de mecanismos, la pieza amarilla que aloja el mecanismo: es el punto de "
          .. "referencia principal, y en él se marca el número de serie que identifica un fusil.",
      },
      sources = { "A8", "T8" },
    },

    -- 6 ---------------------------------------------------------------
    text {
      id = "part-for-the-serial",
      tags = { "parts-markings" },
      prompt = {
        en = "On a rifle, which part carries the serial number that identifies it? Type its name.",
        es = "En un fusil, ¿qué pieza lleva el número de serie que lo identifica? Escriba su "
          .. "nombre.",
      },
      answers = {
        { en = "receiver", es = "cajón de mecanismos" },
        { en = "frame or receiver", es = "armazón o cajón de mecanismos" },
        { en = "the receiver", es = "el cajón de mecanismos" },
        { en = "frame", es = "armazón" },
        { en = "receiver or frame", es = "receptor" },
        "cajón", "el cajón", "cajón de los mecanismos", "caja de mecanismos", "caja de los mecanismos",
        "el receptor", "armazón o receptor", "receptor o armazón", "el armazón", "cajón de mecanismo",
        "the frame", "cajón del mecanismo", "caja de mecanismo", "receptor o cajón de mecanismos",
      },
      explain = {
        en = "The receiver (cajón de mecanismos; also called receptor, or the frame on a "
          .. "handgun): the primary reference point, where the serial number must be.",
        es = "El cajón de mecanismos (también llamado receptor, o armazón en un arma corta): el "
          .. "punto de referencia principal, donde debe estar el número de serie.",
      },
      sources = { "A8", "T8" },
    },

    -- 7 ---------------------------------------------------------------
    truefalse {
      id = "protocol-list-is-open",
      tags = { "parts-markings" },
      prompt = {
        en = "True or false: the Firearms Protocol names exactly four essential parts, and "
          .. "nothing else counts as a part or component.",
        es = "Verdadero o falso: el Protocolo sobre armas de fuego nombra exactamente cuatro "
          .. "partes esenciales, y nada más cuenta como pieza o componente.",
      },
      answer = false,
      explain = {
        en = "False. Art. 3(b) covers any element specifically designed for a firearm and "
          .. "essential to its operation, \"including\" the barrel, frame or receiver, slide or "
          .. "cylinder, bolt or breech block, and any device to diminish the sound of firing. "
          .. "The list is open.",
        es = "Falso. El art. 3 b) abarca todo elemento diseñado específicamente para un arma e "
          .. "indispensable para su funcionamiento, \"incluidos\" el cañón, el armazón o cajón "
          .. "de mecanismos, la corredera o el tambor, el cerrojo o el bloque de cierre, y todo "
          .. "dispositivo para atenuar el ruido del disparo. La lista es abierta.",
      },
      sources = { "U2", "T3" },
    },

    -- 8 ---------------------------------------------------------------
    multi {
      id = "protocol-named-parts",
      tags = { "parts-markings" },
      prompt = {
        en = "Which of these does the Firearms Protocol's definition of parts and components "
          .. "name? Tick each one.",
        es = "¿Cuáles de estos nombra la definición de piezas y componentes del Protocolo sobre "
          .. "Armas de Fuego? Marque cada uno.",
      },
      options = {
        { en = "Barrel", es = "Cañón" },
        { en = "Sights", es = "Miras" },
        { en = "Frame or receiver", es = "Armazón o cajón de mecanismos" },
        { en = "Slide or cylinder", es = "Corredera o tambor" },
        { en = "Stock", es = "Culata" },
        { en = "Bolt or breech block", es = "Cerrojo o bloque de cierre" },
        { en = "A device to diminish the sound of firing", es = "Un dispositivo para atenuar el ruido del disparo" },
      },
      answers = { 1, 3, 4, 6, 7 },
      explain = {
        en = "The definition names the barrel, frame or receiver, slide or cylinder, bolt or "
          .. "breech block, and any device designed or adapted to diminish the sound of firing, "
          .. "as examples of an open list. Sights and stocks are not named.",
        es = "La definición nombra el cañón, el armazón o cajón de mecanismos, la corredera o el "
          .. "tambor, el cerrojo o el bloque de cierre, y todo dispositivo concebido o adaptado "
          .. "para atenuar el ruido del disparo, como ejemplos de una lista abierta. Las miras y "
          .. "la culata no se nombran.",
      },
      sources = { "U2", "T3" },
    },

    -- 9 ---------------------------------------------------------------
    choice {
      id = "which-serial-number",
      tags = { "parts-markings" },
      prompt = {
        en = "A pistol shows a number on its barrel, its slide and its frame. Which do you "
          .. "enter as the serial number of a trace request?",
        es = "Una pistola muestra un número en el cañón, la corredera y el armazón. ¿Cuál anota "
          .. "como número de serie en una solicitud de rastreo?",
      },
      options = {
        { en = "The slide's, which is the easiest to read", es = "El de la corredera, que es el más fácil de leer" },
        { en = "The barrel's, which the laboratory examines", es = "El del cañón, que es el que examina el laboratorio" },
        { en = "The frame's", es = "El del armazón" },
        { en = "Any of them, since slide and barrel always match the frame", es = "Cualquiera, porque la corredera y el cañón siempre coinciden con el armazón" },
      },
      answer = 3,
      explain = {
        en = "The trace request asks for the serial number from the frame or receiver, the "
          .. "number that identifies the firearm. The numbers on slide and barrel are recorded as "
          .. "additional markings; do not assume they match the frame's.",
        es = "La solicitud de rastreo pide el número de serie del armazón o cajón de mecanismos, "
          .. "el que identifica el arma. Los números de la corredera y el cañón se registran "
          .. "como marcas adicionales; no suponga que coinciden con el del armazón.",
      },
      sources = { "A1", "A8", "T8" },
    },

    -- 10 --------------------------------------------------------------
    choice {
      id = "rifle-model-calibre-place",
      tags = { "parts-markings" },
      prompt = {
        en = "Under the US rule, where may a rifle's model and calibre be marked?",
        es = "Según la norma de EE. UU., ¿dónde pueden marcarse el modelo y el calibre de un "
          .. "fusil?",
      },
      options = {
        { en = "Only on the receiver, right beside the serial number", es = "Solo en el cajón de mecanismos, junto al número de serie" },
        { en = "On the receiver or on the barrel", es = "En el cajón de mecanismos o en el cañón" },
        { en = "Only on the barrel, never on the receiver", es = "Solo en el cañón, nunca en el cajón de mecanismos" },
      },
      answer = 2,
      explain = {
        en = "27 CFR 478.92 (as amended in 2022): model and calibre or gauge go on the frame or "
          .. "receiver, or on the barrel (or a pistol's slide). The serial number must be on the "
          .. "frame or receiver.",
        es = "27 CFR 478.92 (reformada en 2022): el modelo y el calibre van en el armazón o cajón "
          .. "de mecanismos, o en el cañón (o en la corredera de una pistola). El número de "
          .. "serie debe estar en el armazón o cajón.",
      },
      sources = { "A8" },
    },

    -- 11 --------------------------------------------------------------
    choice {
      id = "maker-name-place",
      tags = { "parts-markings" },
      prompt = {
        en = "A pistol was made in the United States. Under the US rule, where is its maker's "
          .. "name marked?",
        es = "Una pistola se fabricó en Estados Unidos. Según la norma de ese país, ¿dónde se "
          .. "marca el nombre de su fabricante?",
      },
      options = {
        { en = "On the barrel, beside the calibre marking", es = "En el cañón, junto a la marca de calibre" },
        { en = "On the frame, with the serial number", es = "En el armazón, con el número de serie" },
        { en = "On the slide, beside the model marking", es = "En la corredera, junto a la marca de modelo" },
      },
      answer = 2,
      explain = {
        en = "The serial number and the maker's (or importer's) name, city and state go on the "
          .. "frame or receiver. Model and calibre may go on the barrel or slide; a foreign "
          .. "maker's name may too.",
        es = "El número de serie y el nombre, la ciudad y el estado del fabricante (o del "
          .. "importador) van en el armazón o cajón de mecanismos. El modelo y el calibre pueden "
          .. "ir en el cañón o la corredera; el nombre de un fabricante extranjero también.",
      },
      sources = { "A8" },
    },

    -- 12 --------------------------------------------------------------
    match {
      id = "parts-and-what-they-are",
      tags = { "parts-markings" },
      prompt = {
        en = "Match each part with what it is.",
        es = "Empareje cada pieza con lo que es.",
      },
      pairs = {
        { { en = "Slide", es = "Corredera" },
          { en = "Moves on top of a pistol's frame", es = "Se desplaza sobre el armazón de la pistola" } },
        { { en = "Cylinder", es = "Tambor" },
          { en = "Holds a revolver's chambers", es = "Aloja las recámaras del revólver" } },
        { { en = "Receiver", es = "Cajón de mecanismos" },
          { en = "Houses a long gun's action", es = "Aloja el mecanismo del arma larga" } },
        { { en = "Barrel", es = "Cañón" },
          { en = "Holds the bore", es = "Contiene el ánima" } },
      },
      explain = {
        en = "The slide rides on the pistol's frame; the cylinder holds the revolver's chambers; "
          .. "the receiver houses the action of a rifle or shotgun; the barrel holds the bore, "
          .. "rifled or smooth.",
        es = "La corredera se desplaza sobre el armazón de la pistola; el tambor aloja las "
          .. "recámaras del revólver; el cajón de mecanismos aloja el mecanismo de un fusil o una "
          .. "escopeta; el cañón contiene el ánima, rayada o lisa.",
      },
      sources = { "U2", "U1" },
    },

    -- 13 --------------------------------------------------------------
    choice {
      id = "revolver-serial-part",
      tags = { "parts-markings" },
      prompt = {
        en = "On a revolver, which part carries the serial number that identifies it?",
        es = "En un revólver, ¿qué pieza lleva el número de serie que lo identifica?",
      },
      options = {
        { en = "The cylinder, which holds the chambers", es = "El tambor, que aloja las recámaras" },
        { en = "The frame", es = "El armazón" },
        { en = "The barrel, beside the calibre", es = "El cañón, junto al calibre" },
        { en = "The grip panels, under the screws", es = "Las cachas, bajo los tornillos" },
      },
      answer = 2,
      explain = {
        en = "The frame: it is the reference point, and the serial number must be on the frame or "
          .. "receiver. A number seen on the cylinder or barrel is recorded as an additional "
          .. "marking.",
        es = "El armazón: es el punto de referencia, y el número de serie debe estar en el "
          .. "armazón o cajón de mecanismos. Un número en el tambor o el cañón se registra como "
          .. "marca adicional.",
      },
      sources = { "A8", "T8" },
    },

    -- 14 --------------------------------------------------------------
    truefalse {
      id = "no-model-on-frame",
      tags = { "parts-markings" },
      prompt = {
        en = "True or false: if the frame of a pistol shows no model marking, the pistol has no "
          .. "model marking.",
        es = "Verdadero o falso: si el armazón de una pistola no muestra el modelo, la pistola no "
          .. "tiene marca de modelo.",
      },
      answer = false,
      explain = {
        en = "False. The model may be on the barrel or the slide instead. Look at every part "
          .. "before you decide that a marking is missing.",
        es = "Falso. El modelo puede estar en el cañón o en la corredera. Revise todas las piezas "
          .. "antes de concluir que falta una marca.",
      },
      sources = { "A8" },
    },

    -- 15 --------------------------------------------------------------
    multi {
      id = "pistol-model-places",
      tags = { "parts-markings" },
      prompt = {
        en = "Under the US rule, where may the model and calibre of a pistol be marked? Tick each "
          .. "place.",
        es = "Según la norma de EE. UU., ¿dónde pueden marcarse el modelo y el calibre de una "
          .. "pistola? Marque cada lugar.",
      },
      options = {
        { en = "The frame", es = "El armazón" },
        { en = "The magazine", es = "El cargador" },
        { en = "The barrel", es = "El cañón" },
        { en = "The slide", es = "La corredera" },
        { en = "The grip panels", es = "Las cachas" },
      },
      answers = { 1, 3, 4 },
      explain = {
        en = "On the frame or receiver, or on the barrel or the pistol slide. Magazines and grip "
          .. "panels are not among the places the rule names.",
        es = "En el armazón o cajón de mecanismos, o en el cañón o la corredera de la pistola. El "
          .. "cargador y las cachas no están entre los lugares que nombra la norma.",
      },
      sources = { "A8" },
    },

    -- 16 --------------------------------------------------------------
    truefalse {
      id = "sound-device-is-a-part",
      tags = { "parts-markings" },
      prompt = {
        en = "True or false: a device designed to diminish the sound of firing is among the parts "
          .. "and components the Firearms Protocol names.",
        es = "Verdadero o falso: un dispositivo concebido para atenuar el ruido del disparo está "
          .. "entre las piezas y componentes que nombra el Protocolo sobre armas de fuego.",
      },
      answer = true,
      explain = {
        en = "True: Art. 3(b) names any device designed or adapted to diminish the sound caused "
          .. "by firing, beside the barrel, frame or receiver, slide or cylinder, and bolt or "
          .. "breech block.",
        es = "Verdadero: el art. 3 b) nombra todo dispositivo concebido o adaptado para atenuar "
          .. "el ruido del disparo, junto al cañón, el armazón o cajón de mecanismos, la "
          .. "corredera o el tambor, y el cerrojo o el bloque de cierre.",
      },
      sources = { "U2", "T3" },
    },

    -- 17 --------------------------------------------------------------
    choice {
      id = "isacs-reference-point",
      tags = { "parts-markings" },
      prompt = {
        en = "Which part does ISACS 05.31 make the primary reference point for identifying a "
          .. "firearm?",
        es = "¿Qué pieza considera ISACS 05.31 el punto de referencia principal para identificar "
          .. "un arma de fuego?",
      },
      options = {
        { en = "The barrel, which carries the calibre", es = "El cañón, que lleva el calibre" },
        { en = "The frame or receiver", es = "El armazón o cajón de mecanismos" },
        { en = "The slide, where the maker's logo usually is", es = "La corredera, donde suele ir el logotipo del fabricante" },
      },
      answer = 2,
      explain = {
        en = "The frame or receiver is the primary reference point: the part that carries the "
          .. "serial number identifying the firearm.",
        es = "El armazón o cajón de mecanismos es el punto de referencia principal: la pieza que "
          .. "lleva el número de serie que identifica el arma.",
      },
      sources = { "T8" },
    },

    -- 18 --------------------------------------------------------------
    truefalse {
      id = "slide-serial-enough",
      tags = { "parts-markings" },
      prompt = {
        en = "True or false: the serial number stamped on a pistol's slide is enough to identify "
          .. "the pistol.",
        es = "Verdadero o falso: el número de serie estampado en la corredera de una pistola "
          .. "basta para identificar la pistola.",
      },
      answer = false,
      explain = {
        en = "False. The frame or receiver carries the serial number that identifies the "
          .. "firearm; the slide's is a repeat, recorded as an additional marking.",
        es = "Falso. El armazón lleva el número de serie que identifica el arma; el de la "
          .. "corredera es una repetición, que se registra como marca adicional.",
      },
      sources = { "A8", "T8" },
    },
  },
}
