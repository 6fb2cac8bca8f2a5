-- rastro content module: "Identifying a firearm and reading its markings"
-- (es: "Identificar un arma de fuego y leer sus marcas").
--
-- Built only from rastro's sourced domain facts (safety first, categories and
-- actions, markings, records). Source keys such as T1 or A8 in the page and
-- question `sources` fields refer to entries of this module's `sources` list,
-- which names each published source.
--
-- Pictures are from assets/ (see assets/README.md). The `regions` of the
-- locate questions are rectangles in the pixels of pistol-plain.png (800 x 450)
-- and marking-sheet-plain.png (960 x 575), as measured in assets/README.md;
-- the grid of each question is chosen so that only a few cells are right.
-- All names, numbers and marks in the pictures are fictional.
--
-- Scope: identification, safe handling, records and where markings are found.
-- Nothing here explains how to make, convert, alter or obliterate a firearm or
-- its markings.

-- The six kinds of marking, in the order of the marking sheet: the options of
-- every "which marking is this?" question (a new table for each question).
local function marking_kinds()
  return {
    { en = "Manufacturer's name", es = "Nombre del fabricante" },
    { en = "Country of manufacture", es = "País de fabricación" },
    { en = "Serial number", es = "Número de serie" },
    { en = "Calibre", es = "Calibre" },
    { en = "Import marks", es = "Marcas de importación" },
    { en = "Proof marks", es = "Marcas de prueba" },
  }
end

-- The unlabelled pistol of the pointing questions (a new table for each one).
local function plain_pistol()
  return {
    file = "pistol-plain.png",
    caption = {
      en = "A pistol, side view, muzzle to the right (no labels)",
      es = "Una pistola vista de costado, boca del cañón a la derecha (sin rótulos)",
    },
    alt = {
      en = "A pistol seen from its left side, muzzle to the right, with no words or "
        .. "numbers. Along the top runs a long light-grey slide with three grooves at its "
        .. "rear end; a dashed outline inside the front part of the slide shows the barrel, "
        .. "whose dark-grey muzzle sticks out at the front. Under the slide is the yellow "
        .. "frame: a straight part running under the whole slide, the trigger guard with "
        .. "the trigger, and the grip slanting down at the rear.",
      es = "Una pistola vista desde su lado izquierdo, con la boca del cañón a la derecha, "
        .. "sin palabras ni números. Arriba corre una corredera larga, gris claro, con tres "
        .. "ranuras en su extremo trasero; un contorno de trazos dentro de la parte delantera "
        .. "de la corredera muestra el cañón, cuya boca gris oscuro sobresale por delante. "
        .. "Debajo de la corredera está el armazón amarillo: una parte recta que corre bajo "
        .. "toda la corredera, el guardamonte con el disparador y la empuñadura, inclinada "
        .. "hacia abajo en la parte trasera.",
    },
  }
end

return lesson {
  id = "identification",
  version = 1,
  title = {
    en = "Identifying a firearm and reading its markings",
    es = "Identificar un arma de fuego y leer sus marcas",
  },
  summary = {
    en = "Make the firearm safe, name its category and essential parts, find where "
      .. "its markings are, tell the kinds of marking apart and record every "
      .. "identifier a trace needs.",
    es = "Dejar el arma en condición segura, nombrar su categoría y sus partes "
      .. "esenciales, encontrar dónde están sus marcas, distinguir los tipos de marca "
      .. "y registrar cada dato de identificación que necesita un rastreo.",
  },
  -- Safe handling comes first: a firearm is identified only once it is safe.
  requires = { "safety-categories" },
  sources = {
    { key = "N2",  text = "Crime laboratory firearm safety procedure" },
    { key = "N1",  text = "NIJ firearms examiner training, module 15" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "A5",  text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "U1",  text = "UNODC Education for Justice, firearms module 2, common firearm types" },
    { key = "U2",  text = "UNODC Education for Justice, firearms module 2, parts and components" },
    { key = "A8",  text = "27 CFR 478.92" },
    { key = "A9",  text = "ATF Federal Firearms Regulations guidebook" },
    { key = "T8",  text = "ISACS 05.31" },
    { key = "T1",  text = "UN International Tracing Instrument (2005)" },
    { key = "T3",  text = "UN Firearms Protocol Arts. 7-8" },
    { key = "T11", text = "C.I.P. (cip-bobp.org)" },
    { key = "T10", text = "Small Arms Survey, marking, record-keeping and tracing" },
    { key = "A1",  text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A2",  text = "omb.report/icr/202510-1140-006/doc/163302500" },
    { key = "A6",  text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "S1",  text = "Iowa DCI crime lab, serial number restoration" },
  },

  pages = {
    -- 1 ---------------------------------------------------------------
    page {
      title = {
        en = "First make it safe",
        es = "Primero, la condición segura",
      },
      text = {
        en = [[
# Before you identify anything

!! Treat every firearm as loaded. Check it and render it safe before any other action, muzzle in a safe direction.

Identification means handling the firearm: turning it to read both sides,
looking at the frame, the slide or cylinder and the barrel. Do none of this
until the firearm is safe.

- Unload it at the scene. If in doubt, call a firearms instructor, an armourer
  or a firearms examiner.
- Package the ammunition you remove separately, labelled to the firearm.
- *Never* pick a firearm up by pushing a pencil or any other object into the
  barrel.

Only then start the work of this lesson: name the category, find the
essential parts, and read and record every marking.]],
        es = [[
# Antes de identificar nada

!! Trate toda arma de fuego como cargada. Revísela y déjela en condición segura antes de cualquier otra acción, con la boca del cañón en una dirección segura.

Identificar un arma significa manipularla: girarla para leer ambos costados,
mirar el armazón, la corredera o el tambor y el cañón. No haga nada de esto
hasta que el arma esté en condición segura.

- Descárguela en el lugar de los hechos. Si tiene dudas, llame a un instructor
  de armas de fuego, a un armero o a un perito en armas de fuego.
- Embale la munición que retire por separado, rotulada con referencia al arma.
- *Nunca* levante un arma introduciendo un lápiz u otro objeto en el cañón.

Solo entonces comience el trabajo de esta lección: nombrar la categoría,
encontrar las partes esenciales y leer y registrar cada marca.]],
      },
      sources = { "N2", "N1", "A17" },
    },

    -- 2 ---------------------------------------------------------------
    page {
      title = {
        en = "The pistol",
        es = "La pistola",
      },
      text = {
        en = [[
A pistol is made to be fired with one hand, and its chamber is integral with
the barrel. In the drawing the barrel is dashed because it sits inside the
slide; only the muzzle shows at the front.

Three of the essential parts named by the UN Firearms Protocol are visible:

- the *slide* (grey), on top;
- the *barrel*, inside the slide;
- the *frame* (yellow), with the grip and the trigger guard.

The frame is the primary reference point for identification (ISACS). Under
US rules the serial number must be on the frame or receiver: callout 1 marks
a usual place, on the side of the frame under the slide. Model, calibre,
maker and importer marks may be on the frame or barrel, and on imported
firearms also on the slide: callout 2 marks the side of the slide.

Pistols are also described by their action: single shot, repeating,
semi-automatic or automatic.]],
        es = [[
La pistola está hecha para dispararse con una sola mano, y su recámara forma
parte del cañón. En el dibujo el cañón aparece con trazos porque está dentro
de la corredera; solo la boca asoma por delante.

Se ven tres de las partes esenciales que nombra el Protocolo de la ONU sobre
Armas de Fuego:

- la *corredera* (gris), arriba;
- el *cañón*, dentro de la corredera;
- el *armazón* (amarillo), con la empuñadura y el guardamonte.

El armazón es el punto de referencia principal para la identificación
(ISACS). Según las normas de Estados Unidos, el número de serie debe estar en
el armazón o receptor: la llamada 1 señala un lugar habitual, en el costado
del armazón, bajo la corredera. Las marcas de modelo, calibre, fabricante e
importador pueden estar en el armazón o el cañón, y en armas importadas
también en la corredera: la llamada 2 señala el costado de la corredera.

Las pistolas también se describen por su funcionamiento: de tiro único, de
repetición, semiautomáticas o automáticas.]],
      },
      image = {
        file = { en = "pistol_en.png", es = "pistol_es.png" },
        caption = {
          en = "Pistol: slide, barrel and frame; 1 serial number, 2 maker, model, calibre",
          es = "Pistola: corredera, cañón y armazón; 1 número de serie, 2 fabricante, modelo, calibre",
        },
        alt = {
          en = "A pistol seen from the side, muzzle to the right. On top, the grey slide, "
            .. "labelled SLIDE; inside it a dashed outline of the barrel, labelled BARREL, "
            .. "with the muzzle sticking out at the front. Below, the yellow frame with the "
            .. "trigger guard and the grip, labelled FRAME. Red callout 1, serial number, "
            .. "points at the side of the frame just under the front of the slide; red "
            .. "callout 2, maker, model, calibre, points at the side of the slide.",
          es = "Una pistola vista de costado, con la boca del cañón a la derecha. Arriba, la "
            .. "corredera gris, rotulada CORREDERA; dentro, el contorno de trazos del cañón, "
            .. "rotulado CAÑÓN, con la boca asomando por delante. Abajo, el armazón amarillo "
            .. "con el guardamonte y la empuñadura, rotulado ARMAZÓN. La llamada roja 1, "
            .. "número de serie, señala el costado del armazón justo bajo la parte delantera "
            .. "de la corredera; la llamada roja 2, fabricante, modelo, calibre, señala el "
            .. "costado de la corredera.",
        },
      },
      sources = { "A5", "U1", "U2", "T8", "A8" },
    },

    -- 3 ---------------------------------------------------------------
    page {
      title = {
        en = "The revolver",
        es = "El revólver",
      },
      text = {
        en = [[
A revolver has a cylinder of chambers, typically five to nine. The cylinder
takes the place of the pistol's slide among the essential parts: barrel,
frame, cylinder.

Revolvers are described by their action:

- single action: the hammer is cocked by hand;
- double action: pulling the trigger also cocks the hammer.

The frame (yellow) is again the reference point: callout 1 shows the serial
number on the frame. Callout 2 shows maker, model and calibre on the barrel,
one of the places US rules allow for them.]],
        es = [[
El revólver tiene un tambor con recámaras, por lo general de cinco a nueve.
Entre las partes esenciales, el tambor ocupa el lugar de la corredera de la
pistola: cañón, armazón, tambor.

Los revólveres se describen por su funcionamiento:

- acción simple: el martillo se monta a mano;
- doble acción: al presionar el disparador también se monta el martillo.

El armazón (amarillo) vuelve a ser el punto de referencia: la llamada 1
muestra el número de serie en el armazón. La llamada 2 muestra fabricante,
modelo y calibre en el cañón, uno de los lugares que las normas de Estados
Unidos admiten para esas marcas.]],
      },
      image = {
        file = { en = "revolver_en.png", es = "revolver_es.png" },
        caption = {
          en = "Revolver: cylinder, barrel and frame; 1 serial number, 2 maker, model, calibre",
          es = "Revólver: tambor, cañón y armazón; 1 número de serie, 2 fabricante, modelo, calibre",
        },
        alt = {
          en = "A revolver seen from the side, muzzle to the right. The yellow frame, "
            .. "labelled FRAME, holds the grey cylinder, labelled CYLINDER, above the "
            .. "trigger; the hammer rises at the rear. A long grey barrel, labelled BARREL, "
            .. "runs forward from the frame. Red callout 1, serial number, points at the "
            .. "frame just in front of the cylinder; red callout 2, maker, model, calibre, "
            .. "points at the side of the barrel.",
          es = "Un revólver visto de costado, con la boca del cañón a la derecha. El armazón "
            .. "amarillo, rotulado ARMAZÓN, sostiene el tambor gris, rotulado TAMBOR, sobre "
            .. "el disparador; el martillo se eleva atrás. Un cañón gris largo, rotulado "
            .. "CAÑÓN, sale hacia delante desde el armazón. La llamada roja 1, número de "
            .. "serie, señala el armazón justo delante del tambor; la llamada roja 2, "
            .. "fabricante, modelo, calibre, señala el costado del cañón.",
        },
      },
      sources = { "A5", "U1", "U2", "A8" },
    },

    -- 4 ---------------------------------------------------------------
    page {
      title = {
        en = "The rifle",
        es = "El rifle",
      },
      text = {
        en = [[
A rifle is fired from the shoulder and its bore is rifled: seen from the
muzzle (the inset), the inside of the barrel has grooves.

Its essential parts in the drawing are the *receiver* (yellow), the *bolt*
and the *barrel*; the stock is not an essential part. On a rifle the
receiver plays the role of the pistol's frame: it is the primary reference
point, and the serial number must be on it (callout 1). Callout 2 shows maker,
model and calibre on the barrel.]],
        es = [[
El rifle se dispara apoyado en el hombro y su ánima es rayada (estriada):
vista desde la boca (el recuadro), la parte interior del cañón tiene estrías.

Sus partes esenciales en el dibujo son el *cajón de mecanismos* o receptor
(amarillo), el *cerrojo* y el *cañón*; la culata no es una parte esencial. En
el rifle el receptor cumple el papel del armazón de la pistola: es el punto
de referencia principal, y el número de serie debe estar en él (llamada 1).
La llamada 2 muestra fabricante, modelo y calibre en el cañón.]],
      },
      image = {
        file = { en = "rifle_en.png", es = "rifle_es.png" },
        caption = {
          en = "Rifle: receiver, bolt and barrel; inset: rifled bore",
          es = "Rifle: cajón de mecanismos, cerrojo y cañón; recuadro: ánima estriada",
        },
        alt = {
          en = "A rifle seen from the side, muzzle to the right: a wooden stock at the left, "
            .. "the yellow receiver, labelled RECEIVER, with the bolt handle, labelled BOLT, "
            .. "and a long grey barrel, labelled BARREL. A round inset shows the muzzle "
            .. "end-on, with grooves around the bore, labelled RIFLED BORE. Red callout 1, "
            .. "serial number, points at the receiver; red callout 2, maker, model, calibre, "
            .. "points at the barrel.",
          es = "Un rifle visto de costado, con la boca del cañón a la derecha: una culata de "
            .. "madera a la izquierda, el cajón de mecanismos amarillo, rotulado CAJÓN DE "
            .. "MECANISMOS, con la manija del cerrojo, rotulada CERROJO, y un cañón gris "
            .. "largo, rotulado CAÑÓN. Un recuadro redondo muestra la boca de frente, con "
            .. "estrías alrededor del ánima, rotulado ÁNIMA ESTRIADA. La llamada roja 1, "
            .. "número de serie, señala el cajón de mecanismos; la llamada roja 2, "
            .. "fabricante, modelo, calibre, señala el cañón.",
        },
      },
      sources = { "A5", "U1", "U2", "T8", "A8" },
    },

    -- 5 ---------------------------------------------------------------
    page {
      title = {
        en = "The shotgun",
        es = "La escopeta",
      },
      text = {
        en = [[
A shotgun is also fired from the shoulder, but its bore is smooth: the inset
shows no grooves. Seen from the side, a rifle and a shotgun can look alike;
the bore tells them apart.

As on the rifle, the *receiver* (yellow) is the reference point and carries
the serial number (callout 1), and the *barrel* carries maker, model and
calibre in this drawing (callout 2). The stock and the forend under the barrel
are not essential parts.

! Look for markings on every essential part before you decide that one is missing: the callouts show one usual place, not the only one.]],
        es = [[
La escopeta también se dispara apoyada en el hombro, pero su ánima es lisa:
el recuadro no muestra estrías. Vistos de costado, un rifle y una escopeta
pueden parecerse; el ánima los distingue.

Como en el rifle, el *cajón de mecanismos* o receptor (amarillo) es el punto
de referencia y lleva el número de serie (llamada 1), y el *cañón* lleva
fabricante, modelo y calibre en este dibujo (llamada 2). La culata y el
guardamanos bajo el cañón no son partes esenciales.

! Busque marcas en todas las partes esenciales antes de concluir que falta una: las llamadas muestran un lugar habitual, no el único.]],
      },
      image = {
        file = { en = "shotgun_en.png", es = "shotgun_es.png" },
        caption = {
          en = "Shotgun: receiver and barrel; inset: smooth bore",
          es = "Escopeta: cajón de mecanismos y cañón; recuadro: ánima lisa",
        },
        alt = {
          en = "A shotgun seen from the side, muzzle to the right: a wooden stock at the "
            .. "left, the yellow receiver, labelled RECEIVER, and a long grey barrel, "
            .. "labelled BARREL, with a wooden forend under it. A round inset shows the "
            .. "muzzle end-on, a plain round bore with no grooves, labelled SMOOTH BORE. Red "
            .. "callout 1, serial number, points at the receiver; red callout 2, maker, "
            .. "model, calibre, points at the barrel.",
          es = "Una escopeta vista de costado, con la boca del cañón a la derecha: una "
            .. "culata de madera a la izquierda, el cajón de mecanismos amarillo, rotulado "
            .. "CAJÓN DE MECANISMOS, y un cañón gris largo, rotulado CAÑÓN, con un "
            .. "guardamanos de madera debajo. Un recuadro redondo muestra la boca de frente, "
            .. "un ánima redonda sin estrías, rotulada ÁNIMA LISA. La llamada roja 1, "
            .. "número de serie, señala el cajón de mecanismos; la llamada roja 2, "
            .. "fabricante, modelo, calibre, señala el cañón.",
        },
      },
      sources = { "A5", "U1", "U2", "T8", "A8" },
    },

    -- 6 ---------------------------------------------------------------
    page {
      title = {
        en = "Six kinds of marking",
        es = "Seis tipos de marca",
      },
      text = {
        en = [[
The International Tracing Instrument (ITI) says what a firearm must carry.

- *At manufacture* (paragraph 8(a)): the manufacturer's name, the country of
  manufacture and the serial number. Year, type or model and calibre are
  encouraged.
- *On import* (paragraph 8(b)): the country of import and, where possible,
  the year of import, plus a unique mark if the firearm lacks one. US
  importers must mark within 15 days of release from customs.

The UN Firearms Protocol (Art. 8) asks for the same marks, and for a mark of
the transferring country when a firearm moves from government stocks to
permanent civilian use.

*Proof marks* are stamps of a proof house. The 14 member states of the CIP
recognise each other's proof marks; every small arm is proofed in the proof
house of the member state where it was made or first imported.

Under ITI paragraph 7, marks go on an exposed surface, conspicuous without
tools, recognisable, readable and durable. The names in the picture are made
up.]],
        es = [[
El Instrumento Internacional de Rastreo (ITI) dice qué marcas debe llevar un
arma de fuego.

- *En la fabricación* (párrafo 8, letra a): el nombre del fabricante, el país de
  fabricación y el número de serie. Se recomiendan también el año, el tipo o
  modelo y el calibre.
- *En la importación* (párrafo 8, letra b): el país de importación y, cuando sea
  posible, el año de importación, además de una marca única si el arma no la
  tiene. En Estados Unidos los importadores deben marcar dentro de los 15 días
  siguientes a la liberación aduanera.

El Protocolo de la ONU sobre Armas de Fuego (art. 8) pide las mismas marcas,
y una marca del país que transfiere cuando un arma pasa de las existencias
del gobierno al uso civil permanente.

Las *marcas de prueba* son sellos de un banco de pruebas. Los 14 Estados
miembros de la CIP reconocen mutuamente sus marcas de prueba; toda arma
pequeña se prueba en el banco de pruebas del Estado miembro donde se fabricó
o se importó por primera vez.

Según el párrafo 7 del ITI, las marcas van en una superficie expuesta,
visibles sin herramientas, reconocibles, legibles y duraderas. Los nombres de
la imagen son inventados.]],
      },
      image = {
        file = { en = "marking-sheet_en.png", es = "marking-sheet_es.png" },
        caption = {
          en = "The six kinds of marking, each named under its plate (fictional names and numbers)",
          es = "Los seis tipos de marca, cada uno nombrado bajo su placa (nombres y números ficticios)",
        },
        alt = {
          en = "Six grey metal plates in two columns and three rows, each with a stamped "
            .. "marking and its name underneath. Top row: ACME ARMS, manufacturer's name; "
            .. "MADE IN RURITANIA, country of manufacture. Middle row: AB12345, serial "
            .. "number; CAL. 9mm, calibre. Bottom row: IMP. ZETA IMPORTS and FREEDONIA 2024, "
            .. "import marks; three small stamps (a shield with a star, PX in an oval, 24 "
            .. "in a box), proof marks.",
          es = "Seis placas de metal gris en dos columnas y tres filas, cada una con una "
            .. "marca estampada y su nombre debajo. Fila de arriba: ACME ARMS, nombre del "
            .. "fabricante; MADE IN RURITANIA, país de fabricación. Fila del medio: AB12345, "
            .. "número de serie; CAL. 9mm, calibre. Fila de abajo: IMP. ZETA IMPORTS y "
            .. "FREEDONIA 2024, marcas de importación; tres sellos pequeños (un escudo con "
            .. "una estrella, PX en un óvalo, 24 en un recuadro), marcas de prueba.",
        },
      },
      sources = { "T1", "A9", "T3", "T11" },
    },

    -- 7 ---------------------------------------------------------------
    page {
      title = {
        en = "Record what you read",
        es = "Registre lo que lee",
      },
      text = {
        en = [[
Tracing rests on three pillars: marking, record-keeping and cooperation. Your
record of the markings is where a trace begins.

- Read the serial number from the frame or receiver, exactly as marked.
- Do not confuse model or patent numbers with the serial number.
- Record proof marks, assembly numbers and patent numbers as well, and
  photograph the markings.
- Record the manufacturer, the importer (if any), the model and the calibre:
  duplicate serial numbers occur on different firearms of the same make.

The trace request form (ATF 3312.1; in Spanish, "Solicitud de Rastreo") asks
for the serial number, type, calibre, manufacturer, model, country of origin
and importer (required when the firearm was made outside the US), and whether
the serial number is obliterated. Restoring an obliterated number is a
laboratory task.

! The success of a trace relies upon the accuracy of the supplied firearm identifiers.]],
        es = [[
El rastreo se apoya en tres pilares: el marcaje, el registro y la
cooperación. Su registro de las marcas es el punto de partida de un rastreo.

- Lea el número de serie en el armazón o receptor, tal como está marcado.
- No confunda los números de modelo o de patente con el número de serie.
- Registre también las marcas de prueba, los números de ensamblaje y los
  números de patente, y fotografíe las marcas.
- Registre el fabricante, el importador (si lo hay), el modelo y el calibre:
  hay números de serie duplicados en armas distintas de la misma marca.

El formulario de solicitud de rastreo (ATF 3312.1; en español, "Solicitud de
Rastreo") pide el número de serie, el tipo, el calibre, el fabricante, el
modelo, el país de origen y el importador (obligatorio si el arma se fabricó
fuera de Estados Unidos), e indicar si el número de serie está borrado.
Restaurar un número borrado es una tarea de laboratorio.

! El éxito de un rastreo depende de la exactitud de los datos de identificación del arma que se proporcionan.]],
      },
      image = {
        file = "marking-serial.png",
        caption = {
          en = "A serial number stamped on metal: AB12345 (fictional)",
          es = "Un número de serie estampado en metal: AB12345 (ficticio)",
        },
        alt = {
          en = "A grey metal plate with the characters AB12345 stamped into it in large "
            .. "letters and digits.",
          es = "Una placa de metal gris con los caracteres AB12345 estampados en letras y "
            .. "cifras grandes.",
        },
      },
      sources = { "T10", "T8", "A1", "A17", "A6", "A2", "S1" },
    },
  },

  quiz = {
    -- 1 ---------------------------------------------------------------
    choice {
      id = "safe-before-markings",
      tags = { "safe-handling" },
      prompt = {
        en = "A revolver recovered at a scene is placed on your desk so that you can "
          .. "identify it. What do you do before reading its markings?",
        es = "Le dejan en el escritorio un revólver recuperado en el lugar de los hechos "
          .. "para que lo identifique. ¿Qué hace antes de leer sus marcas?",
      },
      options = {
        { en = "Treat it as loaded, check it and render it safe, muzzle in a safe direction",
          es = "Tratarlo como cargado, revisarlo y dejarlo en condición segura, con la boca "
            .. "del cañón en dirección segura" },
        { en = "Lift it by pushing a pencil into the barrel, so as not to touch it",
          es = "Levantarlo introduciendo un lápiz en el cañón, para no tocarlo" },
        { en = "Photograph the markings first and check it afterwards",
          es = "Fotografiar primero las marcas y revisarlo después" },
        { en = "Nothing: a revolver on a desk is safe to handle",
          es = "Nada: un revólver sobre un escritorio es seguro de manipular" },
      },
      answer = 1,
      explain = {
        en = "Every firearm is treated as loaded, checked and rendered safe before any "
          .. "other action, with the muzzle in a safe direction. Never pick a firearm up "
          .. "by pushing a pencil or other object into the barrel.",
        es = "Toda arma de fuego se trata como cargada, se revisa y se deja en condición "
          .. "segura antes de cualquier otra acción, con la boca del cañón en dirección "
          .. "segura. Nunca se levanta un arma introduciendo un lápiz u otro objeto en el "
          .. "cañón.",
      },
      sources = { "N2", "A17" },
    },

    -- 2 ---------------------------------------------------------------
    choice {
      id = "category-from-bore",
      tags = { "identification" },
      prompt = {
        en = "This firearm is fired from the shoulder. The round inset shows its bore, "
          .. "seen from the muzzle. Which category is it?",
        es = "Esta arma se dispara apoyada en el hombro. El recuadro redondo muestra su "
          .. "ánima, vista desde la boca. ¿De qué categoría es?",
      },
      image = {
        file = { en = "shotgun_en.png", es = "shotgun_es.png" },
        caption = {
          en = "A shoulder-fired firearm and its bore",
          es = "Un arma que se dispara desde el hombro y su ánima",
        },
        alt = {
          en = "A long firearm seen from the side, with a stock, a yellow receiver and a "
            .. "long barrel with a forend under it. A round inset shows the muzzle end-on: "
            .. "a plain round bore with no grooves, labelled SMOOTH BORE.",
          es = "Un arma larga vista de costado, con culata, un cajón de mecanismos amarillo "
            .. "y un cañón largo con un guardamanos debajo. Un recuadro redondo muestra la "
            .. "boca de frente: un ánima redonda sin estrías, rotulada ÁNIMA LISA.",
        },
      },
      options = {
        { en = "Pistol", es = "Pistola" },
        { en = "Revolver", es = "Revólver" },
        { en = "Rifle", es = "Rifle (fusil)" },
        { en = "Shotgun", es = "Escopeta" },
      },
      answer = 4,
      hint = {
        en = "Both rifles and shotguns are fired from the shoulder; look at the bore.",
        es = "Rifles y escopetas se disparan desde el hombro; mire el ánima.",
      },
      explain = {
        en = "A shoulder-fired firearm with a smooth bore is a shotgun; a rifled bore, "
          .. "with grooves, would make it a rifle.",
        es = "Un arma que se dispara desde el hombro con ánima lisa es una escopeta; un "
          .. "ánima rayada, con estrías, indicaría un rifle.",
      },
      sources = { "A5", "U1" },
    },

    -- 3 ---------------------------------------------------------------
    choice {
      id = "which-marking-proof",
      tags = { "marking" },
      prompt = {
        en = "Which kind of marking is stamped on this metal?",
        es = "¿Qué tipo de marca está estampada en este metal?",
      },
      image = {
        file = "marking-proof.png",
        caption = {
          en = "A marking stamped on metal (fictional)",
          es = "Una marca estampada en metal (ficticia)",
        },
        alt = {
          en = "A grey metal plate with three small stamps side by side: a shield with a "
            .. "star inside, the letters PX in an oval, and the number 24 in a square box. "
            .. "There are no words.",
          es = "Una placa de metal gris con tres sellos pequeños, uno junto a otro: un "
            .. "escudo con una estrella dentro, las letras PX en un óvalo y el número 24 en "
            .. "un recuadro. No hay palabras.",
        },
      },
      options = marking_kinds(),
      answer = 6,
      explain = {
        en = "Small stamps such as these are proof marks, put on by a proof house. CIP "
          .. "member states recognise each other's proof marks. Record them with the "
          .. "other markings.",
        es = "Sellos pequeños como estos son marcas de prueba, puestas por un banco de "
          .. "pruebas. Los Estados miembros de la CIP reconocen mutuamente sus marcas de "
          .. "prueba. Regístrelas junto con las demás marcas.",
      },
      sources = { "T11", "T8" },
    },

    -- 4 ---------------------------------------------------------------
    choice {
      id = "which-marking-import",
      tags = { "marking" },
      prompt = {
        en = "Which kind of marking is stamped on this metal?",
        es = "¿Qué tipo de marca está estampada en este metal?",
      },
      image = {
        file = "marking-import.png",
        caption = {
          en = "A marking stamped on metal (fictional names)",
          es = "Una marca estampada en metal (nombres ficticios)",
        },
        alt = {
          en = "A grey metal plate stamped with two lines: IMP. ZETA IMPORTS, and below it "
            .. "FREEDONIA 2024.",
          es = "Una placa de metal gris estampada con dos líneas: IMP. ZETA IMPORTS y, "
            .. "debajo, FREEDONIA 2024.",
        },
      },
      options = marking_kinds(),
      answer = 5,
      hint = {
        en = "A name after IMP., then a country and a year.",
        es = "Un nombre después de IMP., luego un país y un año.",
      },
      explain = {
        en = "These are import marks: the importer, and the country and year of import. "
          .. "The ITI asks for the country of import and, where possible, the year of "
          .. "import; US rules require the importer's marks.",
        es = "Son marcas de importación: el importador, y el país y el año de importación. "
          .. "El ITI pide el país de importación y, cuando sea posible, el año de "
          .. "importación; las normas de Estados Unidos exigen las marcas del importador.",
      },
      sources = { "T1", "A8" },
    },

    -- 5 ---------------------------------------------------------------
    choice {
      id = "which-marking-country",
      tags = { "marking" },
      prompt = {
        en = "Which kind of marking is stamped on this metal?",
        es = "¿Qué tipo de marca está estampada en este metal?",
      },
      image = {
        file = "marking-country.png",
        caption = {
          en = "A marking stamped on metal (fictional country)",
          es = "Una marca estampada en metal (país ficticio)",
        },
        alt = {
          en = "A grey metal plate stamped with two lines: MADE IN, and below it RURITANIA.",
          es = "Una placa de metal gris estampada con dos líneas: MADE IN y, debajo, "
            .. "RURITANIA.",
        },
      },
      options = marking_kinds(),
      answer = 2,
      explain = {
        en = "MADE IN names the country of manufacture, one of the marks the ITI requires "
          .. "at manufacture, with the manufacturer's name and the serial number. Do not "
          .. "mistake it for the country of import, which is added on import.",
        es = "MADE IN (hecho en) nombra el país de fabricación, una de las marcas que el ITI "
          .. "exige en la fabricación, junto con el nombre del fabricante y el número de "
          .. "serie. No la confunda con el país de importación, que se añade al importar.",
      },
      sources = { "T1" },
    },

    -- 6 ---------------------------------------------------------------
    choice {
      id = "serial-read-from",
      tags = { "marking", "records" },
      prompt = {
        en = "You will copy this serial number into a trace request. On a pistol, which "
          .. "part do you read it from?",
        es = "Va a copiar este número de serie en una solicitud de rastreo. En una "
          .. "pistola, ¿de qué parte lo lee?",
      },
      image = {
        file = "marking-serial.png",
        caption = {
          en = "A serial number stamped on metal: AB12345 (fictional)",
          es = "Un número de serie estampado en metal: AB12345 (ficticio)",
        },
        alt = {
          en = "A grey metal plate with the characters AB12345 stamped into it.",
          es = "Una placa de metal gris con los caracteres AB12345 estampados.",
        },
      },
      options = {
        { en = "The frame", es = "El armazón" },
        { en = "The slide", es = "La corredera" },
        { en = "The barrel", es = "El cañón" },
        { en = "The magazine", es = "El cargador" },
      },
      answer = 1,
      explain = {
        en = "The serial number must be on the frame or receiver, the primary reference "
          .. "point, and the trace request asks for the serial number from the frame or "
          .. "receiver. Other marks may be on the barrel or, on imports, the slide.",
        es = "El número de serie debe estar en el armazón o receptor, el punto de "
          .. "referencia principal, y la solicitud de rastreo pide el número de serie del "
          .. "armazón o receptor. Otras marcas pueden estar en el cañón o, en armas "
          .. "importadas, en la corredera.",
      },
      sources = { "A8", "T8", "A1" },
    },

    -- 7 ---------------------------------------------------------------
    multi {
      id = "iti-manufacture-marks",
      tags = { "marking" },
      prompt = {
        en = "Under paragraph 8(a) of the International Tracing Instrument, which marks "
          .. "are required at manufacture? Tick each one.",
        es = "Según el párrafo 8 a) del Instrumento Internacional de Rastreo, ¿qué marcas "
          .. "se exigen en la fabricación? Marque cada una.",
      },
      options = {
        { en = "Manufacturer's name", es = "Nombre del fabricante" },
        { en = "Country of manufacture", es = "País de fabricación" },
        { en = "Serial number", es = "Número de serie" },
        { en = "Country of import", es = "País de importación" },
        { en = "Name of the first retail purchaser", es = "Nombre del primer comprador minorista" },
      },
      answers = { 1, 2, 3 },
      explain = {
        en = "At manufacture: manufacturer's name, country of manufacture and serial "
          .. "number (year, type or model and calibre are encouraged). The country of "
          .. "import is marked on import, under paragraph 8(b). No marking names a "
          .. "purchaser.",
        es = "En la fabricación: nombre del fabricante, país de fabricación y número de "
          .. "serie (se recomiendan el año, el tipo o modelo y el calibre). El país de "
          .. "importación se marca al importar, según el párrafo 8 b). Ninguna marca "
          .. "nombra a un comprador.",
      },
      sources = { "T1" },
    },

    -- 8 ---------------------------------------------------------------
    multi {
      id = "record-besides-serial",
      tags = { "records" },
      prompt = {
        en = "Besides the serial number, which of these does ISACS ask you to record "
          .. "when you identify a firearm? Tick each one.",
        es = "Además del número de serie, ¿cuáles de estos pide ISACS registrar al "
          .. "identificar un arma de fuego? Marque cada uno.",
      },
      options = {
        { en = "Proof marks", es = "Marcas de prueba" },
        { en = "Assembly numbers", es = "Números de ensamblaje" },
        { en = "Patent numbers", es = "Números de patente" },
        { en = "The colour of the finish", es = "El color del acabado" },
        { en = "The weight of the firearm", es = "El peso del arma" },
      },
      answers = { 1, 2, 3 },
      explain = {
        en = "ISACS asks you to record proof marks, assembly numbers and patent numbers "
          .. "too, and to photograph the markings. Patent and model numbers are recorded "
          .. "as what they are, never as the serial number.",
        es = "ISACS pide registrar también las marcas de prueba, los números de ensamblaje "
          .. "y los números de patente, y fotografiar las marcas. Los números de patente y "
          .. "de modelo se registran como lo que son, nunca como número de serie.",
      },
      sources = { "T8", "A17" },
    },

    -- 9 ---------------------------------------------------------------
    truefalse {
      id = "serial-alone-enough-false",
      tags = { "records", "identification" },
      prompt = {
        en = "True or false: once you have the serial number, the other identifiers of "
          .. "the firearm need not be recorded.",
        es = "Verdadero o falso: una vez que tiene el número de serie, no hace falta "
          .. "registrar los demás datos de identificación del arma.",
      },
      answer = false,
      explain = {
        en = "False. Duplicate serial numbers occur on different firearms of the same "
          .. "make. A trace needs at least the manufacturer, the importer (if any), the "
          .. "model, the calibre and the serial number, and its success relies upon their "
          .. "accuracy.",
        es = "Falso. Hay números de serie duplicados en armas distintas de la misma marca. "
          .. "Un rastreo necesita al menos el fabricante, el importador (si lo hay), el "
          .. "modelo, el calibre y el número de serie, y su éxito depende de la exactitud "
          .. "de esos datos.",
      },
      sources = { "A17", "A6" },
    },

    -- 10 --------------------------------------------------------------
    numeric {
      id = "import-marking-days",
      tags = { "marking" },
      prompt = {
        en = "Under US rules, within how many days of release from customs must an "
          .. "importer mark an imported firearm? Type the number.",
        es = "Según las normas de Estados Unidos, ¿dentro de cuántos días después de la "
          .. "liberación aduanera debe el importador marcar un arma importada? Escriba el "
          .. "número.",
      },
      answer = 15,
      explain = {
        en = "Within 15 days of release from customs.",
        es = "Dentro de los 15 días siguientes a la liberación aduanera.",
      },
      sources = { "A9" },
    },

    -- 11 --------------------------------------------------------------
    -- Grid 4 x 3 (cells 200 x 150 pixels): 3 of 12 cells are right, B2 and C2
    -- (the frame under the slide and round the trigger guard) and B3 (the
    -- grip); the slide lies in row 1, which is all wrong.
    locate {
      id = "frame-on-pistol",
      tags = { "identification" },
      prompt = {
        en = "Point at the frame of this pistol.",
        es = "Señale el armazón de esta pistola.",
      },
      image = plain_pistol(),
      grid = { 4, 3 },
      regions = {
        { x = 147, y = 165, w = 477, h = 56 },   -- under the slide
        { x = 172, y = 221, w = 263, h = 72 },   -- trigger guard, top of the grip
        { x = 161, y = 293, w = 170, h = 102 },  -- grip
      },
      explain = {
        en = "The frame is the lower part, with the grip and the trigger guard; the slide "
          .. "sits on top of it and the barrel inside the slide. The frame is the primary "
          .. "reference point for identification.",
        es = "El armazón es la parte inferior, con la empuñadura y el guardamonte; la "
          .. "corredera va encima y el cañón dentro de la corredera. El armazón es el punto "
          .. "de referencia principal para la identificación.",
      },
      sources = { "U2", "T8" },
    },

    -- 12 --------------------------------------------------------------
    -- Grid 8 x 6 (cells 100 x 75 pixels): 2 of 48 cells are right, E3 and F3,
    -- the side of the frame in front of the trigger guard, under the slide.
    locate {
      id = "serial-place-on-pistol",
      tags = { "marking" },
      prompt = {
        en = "The pistol drawing of this lesson marked, with callout 1, where the serial "
          .. "number is usually found on this pistol. Point at that place.",
        es = "El dibujo de la pistola de esta lección señalaba con la llamada 1 dónde suele "
          .. "estar el número de serie en esta pistola. Señale ese lugar.",
      },
      image = plain_pistol(),
      grid = { 8, 6 },
      regions = {
        { x = 436, y = 171, w = 181, h = 44 },
      },
      hint = {
        en = "The serial number must be on the frame, not on the slide or the barrel.",
        es = "El número de serie debe estar en el armazón, no en la corredera ni en el cañón.",
      },
      explain = {
        en = "On the side of the frame, in front of the trigger guard and under the slide. "
          .. "The serial number must be on the frame or receiver, the primary reference "
          .. "point; other pistols may carry it elsewhere on the frame.",
        es = "En el costado del armazón, delante del guardamonte y bajo la corredera. El "
          .. "número de serie debe estar en el armazón o receptor, el punto de referencia "
          .. "principal; otras pistolas pueden llevarlo en otro lugar del armazón.",
      },
      sources = { "A8", "T8" },
    },

    -- 13 --------------------------------------------------------------
    -- Grid 8 x 6 (cells 100 x 75 pixels): 5 of 48 cells are right, C2 to G2,
    -- the side of the slide ahead of its rear grooves (B2, the grooves, is not).
    locate {
      id = "slide-marking-area",
      tags = { "marking" },
      prompt = {
        en = "On imported pistols, maker, model, calibre and importer marks may be on "
          .. "the slide. Point at the side of the slide where they are marked.",
        es = "En las pistolas importadas, las marcas de fabricante, modelo, calibre e "
          .. "importador pueden estar en la corredera. Señale el costado de la corredera "
          .. "donde se marcan.",
      },
      image = plain_pistol(),
      grid = { 8, 6 },
      regions = {
        { x = 210, y = 91, w = 427, h = 74 },
      },
      explain = {
        en = "The flat side of the slide, the long grey part on top, ahead of the grooves "
          .. "at its rear. US rules allow model, calibre, maker and importer marks on the "
          .. "frame, receiver or barrel, or on the slide for imports.",
        es = "El costado plano de la corredera, la parte gris larga de arriba, delante de "
          .. "las ranuras traseras. Las normas de Estados Unidos admiten las marcas de "
          .. "modelo, calibre, fabricante e importador en el armazón, el receptor o el "
          .. "cañón, o en la corredera en armas importadas.",
      },
      sources = { "A8" },
    },

    -- 14 --------------------------------------------------------------
    -- Grid 4 x 3 (cells 240 x 192 pixels): 2 of 12 cells are right, A3 and B3,
    -- the plate at the bottom left; each plate fills two cells of one row.
    locate {
      id = "import-marks-on-sheet",
      tags = { "marking" },
      prompt = {
        en = "These six plates carry the six kinds of marking. Point at the import marks.",
        es = "Estas seis placas llevan los seis tipos de marca. Señale las marcas de "
          .. "importación.",
      },
      image = {
        file = "marking-sheet-plain.png",
        caption = {
          en = "Six markings stamped on metal (fictional names and numbers)",
          es = "Seis marcas estampadas en metal (nombres y números ficticios)",
        },
        alt = {
          en = "Six grey metal plates in two columns and three rows, with no captions. "
            .. "Top row: ACME ARMS; MADE IN RURITANIA. Middle row: AB12345; CAL. 9mm. "
            .. "Bottom row: IMP. ZETA IMPORTS above FREEDONIA 2024; three small stamps (a "
            .. "shield with a star, PX in an oval, 24 in a box).",
          es = "Seis placas de metal gris en dos columnas y tres filas, sin leyendas. Fila "
            .. "de arriba: ACME ARMS; MADE IN RURITANIA. Fila del medio: AB12345; CAL. "
            .. "9mm. Fila de abajo: IMP. ZETA IMPORTS sobre FREEDONIA 2024; tres sellos "
            .. "pequeños (un escudo con una estrella, PX en un óvalo, 24 en un recuadro).",
        },
      },
      grid = { 4, 3 },
      regions = {
        { x = 24, y = 394, w = 432, h = 157 },
      },
      explain = {
        en = "The bottom left plate: the importer (IMP. ZETA IMPORTS) and the country and "
          .. "year of import (FREEDONIA 2024). Do not confuse the country of import with "
          .. "the country of manufacture (MADE IN RURITANIA).",
        es = "La placa de abajo a la izquierda: el importador (IMP. ZETA IMPORTS) y el país "
          .. "y el año de importación (FREEDONIA 2024). No confunda el país de importación "
          .. "con el país de fabricación (MADE IN RURITANIA).",
      },
      sources = { "T1", "A8" },
    },
  },
}
