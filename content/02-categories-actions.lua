-- rastro course, module 2: "Categories and actions"
-- (es: "Categorías y mecanismos de funcionamiento").
--
-- Built from rastro's sourced domain facts (categories and actions) and, for the actions of
-- long guns, from two hunter-education courses (keys H1 and H2). Source keys in the page and
-- question `sources` fields refer to entries of this module's `sources` list.
--
-- Pictures: assets/src/02-*.svg (no words in them, so that a question can show one and ask
-- what it is) and the pistol and rifle drawings of the course.
--
-- Scope: recognising and naming firearms. Nothing here explains how to make, convert, alter or
-- obliterate a firearm or its markings.

-- The five long-gun actions, in the same order for every "which action?" question.
local function actions()
  return {
    { en = "Bolt action", es = "De cerrojo" },
    { en = "Lever action", es = "De palanca" },
    { en = "Pump action", es = "De corredera (bombeo)" },
    { en = "Break action", es = "Basculante (de quiebre)" },
    { en = "Semi-automatic", es = "Semiautomática" },
  }
end

-- The four categories, in the same order for every "which category?" question.
local function categories()
  return {
    { en = "Pistol", es = "Pistola" },
    { en = "Revolver", es = "Revólver" },
    { en = "Rifle", es = "Fusil (rifle)" },
    { en = "Shotgun", es = "Escopeta" },
  }
end

local BOLT = {
  file = "02-bolt-action.png",
  caption = { en = "A long gun, side view, muzzle to the right", es = "Un arma larga vista de costado, boca del cañón a la derecha" },
  alt = {
    en = "A long gun seen from the side, muzzle to the right, with no words. Left to right: a "
      .. "wooden stock running forward under the barrel; the yellow receiver above the trigger "
      .. "guard; from the rear of the receiver a handle with a round knob sticks out and down "
      .. "beside the stock; a long grey barrel to the right.",
    es = "Un arma larga vista de costado, boca del cañón a la derecha, sin palabras. De "
      .. "izquierda a derecha: una culata de madera que sigue hacia delante bajo el cañón; el "
      .. "cajón de mecanismos amarillo sobre el guardamonte; de la parte trasera del cajón sale "
      .. "hacia abajo, junto a la culata, una manija con un pomo redondo; un cañón gris largo a "
      .. "la derecha.",
  },
}

local LEVER = {
  file = "02-lever-action.png",
  caption = { en = "A long gun, side view, muzzle to the right", es = "Un arma larga vista de costado, boca del cañón a la derecha" },
  alt = {
    en = "A long gun seen from the side, muzzle to the right, with no words. Left to right: a "
      .. "wooden butt stock; the yellow receiver with a hammer standing up at its rear; under the "
      .. "receiver a grey metal loop that surrounds the trigger and runs back under the wrist of "
      .. "the stock; a barrel with a thinner tube under it and a short wooden forend.",
    es = "Un arma larga vista de costado, boca del cañón a la derecha, sin palabras. De "
      .. "izquierda a derecha: una culata de madera; el cajón de mecanismos amarillo con un "
      .. "martillo levantado en su parte trasera; bajo el cajón un aro de metal gris que rodea el "
      .. "gatillo y se prolonga hacia atrás bajo la garganta de la culata; un cañón con un "
      .. "tubo más delgado debajo y un guardamanos corto de madera.",
  },
}

local PUMP = {
  file = "02-pump-action.png",
  caption = { en = "A long gun, side view, muzzle to the right", es = "Un arma larga vista de costado, boca del cañón a la derecha" },
  alt = {
    en = "A long gun seen from the side, muzzle to the right, with no words. Left to right: a "
      .. "wooden butt stock; the yellow receiver above the trigger guard; a long barrel with a "
      .. "tube under it; on the tube, clear of the receiver, a grooved wooden forend.",
    es = "Un arma larga vista de costado, boca del cañón a la derecha, sin palabras. De "
      .. "izquierda a derecha: una culata de madera; el cajón de mecanismos amarillo sobre el "
      .. "guardamonte; un cañón largo con un tubo debajo; sobre el tubo, separado del cajón, un "
      .. "guardamanos de madera con estrías.",
  },
}

local BREAK = {
  file = "02-break-action.png",
  caption = { en = "A long gun, side view, muzzle to the right", es = "Un arma larga vista de costado, boca del cañón a la derecha" },
  alt = {
    en = "A long gun seen from the side, muzzle to the right, with no words. Left to right: a "
      .. "wooden butt stock and the yellow receiver, in a straight line; at the front of the "
      .. "receiver a pin, on which two barrels, one above the other, are tipped down at an angle, "
      .. "their rear ends showing.",
    es = "Un arma larga vista de costado, boca del cañón a la derecha, sin palabras. De "
      .. "izquierda a derecha: una culata de madera y el cajón de mecanismos amarillo, en línea "
      .. "recta; en la parte delantera del cajón un perno, sobre el cual dos cañones, uno encima "
      .. "del otro, están inclinados hacia abajo, con sus extremos traseros a la vista.",
  },
}

local SEMI = {
  file = "02-semi-automatic.png",
  caption = { en = "A long gun, side view, muzzle to the right", es = "Un arma larga vista de costado, boca del cañón a la derecha" },
  alt = {
    en = "A long gun seen from the side, muzzle to the right, with no words. Left to right: a "
      .. "butt stock; the yellow receiver with a dark opening in its side and a small handle at "
      .. "its front top; under it a pistol grip, the trigger and a long curved box magazine; a "
      .. "handguard and a thin barrel to the right. No bolt handle, lever or sliding forend.",
    es = "Un arma larga vista de costado, boca del cañón a la derecha, sin palabras. De "
      .. "izquierda a derecha: una culata; el cajón de mecanismos amarillo con una abertura "
      .. "oscura en su costado y una pequeña manija arriba, delante; debajo una empuñadura de "
      .. "pistola, el gatillo y un cargador de caja largo y curvo; un guardamanos y un cañón "
      .. "delgado a la derecha. Sin manija de cerrojo, palanca ni guardamanos deslizante.",
  },
}

return lesson {
  id = "categories-actions",
  version = 2,
  title = { en = "Categories and actions", es = "Categorías y mecanismos de funcionamiento" },
  summary = {
    en = "Pistol, revolver, rifle, shotgun; single and double action; semi-automatic and "
      .. "automatic; and the actions of long guns: bolt, lever, pump, break and semi-automatic.",
    es = "Pistola, revólver, fusil, escopeta; simple y doble acción; semiautomática y "
      .. "automática; y los mecanismos de las armas largas: cerrojo, palanca, corredera, "
      .. "basculante y semiautomático.",
  },
  requires = { "safe-handling" },
  sources = {
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "U1", text = "UNODC Education for Justice, firearms module 2, common firearm types" },
    { key = "U3", text = "UNODC questionnaire definitions" },
    { key = "A8", text = "27 CFR 478.92, as amended in 2022" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "H1", text = "Hunter education course (Kalkomey), Pennsylvania edition, chapter 3: common "
      .. "actions on rifles and shotguns, hunter-ed.com/pa/course/3-11_actions_graphic.htm" },
    { key = "H2", text = "Hunter education course, chapter 2, know your firearm equipment: firearm "
      .. "actions, greatshotfoundation.org/Hunter_Ed_V1/hunter_ed_12_13.html" },
    { key = "H3", text = "Hunter education course (Kalkomey), Pennsylvania edition, chapter 3: "
      .. "lever-action firearms, hunter-ed.com/pa/course/3-13_actions_lever.htm" },
    { key = "H4", text = "GUNSAFE, a community firearms safety course for adults: action types, hinge "
      .. "action, womenshooters.com/gunsafe/gunsafe3.html" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80% (the safe-handling question, when drawn,
  -- is critical), in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    -- 1 ---------------------------------------------------------------
    page {
      title = { en = "Four categories", es = "Cuatro categorías" },
      text = {
        en = [[
Describing a firearm starts with its category, the *type* a record and a trace request ask for.

- *Pistol*: made to be fired with one hand; the chamber is part of the barrel.
- *Revolver*: a cylinder of chambers, typically five to nine.
- *Rifle*: fired from the shoulder; the bore is rifled.
- *Shotgun*: fired from the shoulder; the bore is smooth.

Two questions separate them. Where is the chamber: in the barrel (pistol) or in a cylinder
(revolver)? And for a shoulder-fired firearm, what is the bore like: rifled (rifle) or smooth
(shotgun)?]],
        es = [[
Describir un arma empieza por su categoría, el *tipo* que piden un registro y una solicitud de
rastreo.

- *Pistola*: hecha para dispararse con una sola mano; la recámara forma parte del cañón.
- *Revólver*: un tambor con recámaras, por lo general de cinco a nueve.
- *Fusil (rifle)*: se dispara apoyado en el hombro; el ánima es rayada.
- *Escopeta*: se dispara apoyada en el hombro; el ánima es lisa.

Dos preguntas las separan. ¿Dónde está la recámara: en el cañón (pistola) o en un tambor
(revólver)? Y en un arma que se apoya en el hombro, ¿cómo es el ánima: rayada (fusil) o lisa
(escopeta)?]],
      },
      image = {
        file = "pistol-plain.png",
        caption = {
          en = "A pistol: the barrel (dashed) sits inside the slide; its chamber is part of it",
          es = "Una pistola: el cañón (con trazos) va dentro de la corredera; su recámara forma parte de él",
        },
        alt = {
          en = "Side view of a pistol, muzzle to the right: a long grey slide on top, with a "
            .. "dashed outline of the barrel inside it and the muzzle showing at the front; the "
            .. "yellow frame below, with the trigger guard and the grip.",
          es = "Vista lateral de una pistola, boca del cañón a la derecha: una corredera gris "
            .. "larga arriba, con el contorno de trazos del cañón dentro y la boca asomando por "
            .. "delante; el armazón amarillo abajo, con el guardamonte y la empuñadura.",
        },
      },
      sources = { "A5", "U1" },
    },

    -- 2 ---------------------------------------------------------------
    page {
      title = { en = "The revolver; single and double action", es = "El revólver; simple y doble acción" },
      text = {
        en = [[
A revolver holds its cartridges in the chambers of a cylinder, typically five to nine.

- *Single action*: the hammer is cocked by hand before each shot.
- *Double action*: pulling the trigger also cocks the hammer.

These terms describe pistols too: a pistol may be *single action*, *double/single action*
(the first shot double action, the next ones single action) or *double-action-only*. Learn
the terms, not a rule that they belong to revolvers.]],
        es = [[
El revólver aloja sus cartuchos en las recámaras de un tambor, por lo general de cinco a nueve.

- *Simple acción*: el arma se amartilla a mano (se lleva atrás el martillo) antes de cada disparo.
- *Doble acción*: al presionar el gatillo también se amartilla el arma.

Estos términos describen también pistolas: una pistola puede ser de *simple acción*, de *doble
y simple acción* (el primer disparo en doble acción, los siguientes en simple acción) o de
*solo doble acción*. Aprenda los términos, no una regla de que son propios del revólver.]],
      },
      image = {
        file = "02-revolver-plain.png",
        caption = { en = "A revolver: the cylinder sits in the frame, behind the barrel", es = "Un revólver: el tambor va en el armazón, detrás del cañón" },
        alt = {
          en = "Side view of a revolver, muzzle to the right: a yellow frame with the grip and "
            .. "the trigger guard; in it a grey fluted cylinder above the trigger; the hammer "
            .. "rises at the rear; a long grey barrel runs forward.",
          es = "Vista lateral de un revólver, boca del cañón a la derecha: un armazón amarillo "
            .. "con la empuñadura y el guardamonte; en él un tambor gris acanalado sobre el "
            .. "gatillo; el martillo se eleva atrás; un cañón gris largo sale hacia delante.",
        },
      },
      sources = { "U1" },
    },

    -- 3 ---------------------------------------------------------------
    page {
      title = { en = "Rifle or shotgun: the bore", es = "Fusil o escopeta: el ánima" },
      text = {
        en = [[
Seen from the side, a rifle and a shotgun can look alike; the bore tells them apart. Seen from
the muzzle, a rifled bore has grooves; a smooth bore has none.

! A rifled bore usually means a rifle, but some shotguns have rifled slug barrels: look at the whole firearm and its markings, not at the bore alone.

Shotguns are marked with their *gauge* (12, 16, 20...), where most other firearms carry a
calibre; in the region a 12-gauge shotgun is often called "calibre 12".]],
        es = [[
Vistos de costado, un fusil y una escopeta pueden parecerse; el ánima los distingue. Vista
desde la boca, un ánima rayada tiene estrías; un ánima lisa no tiene ninguna.

! Un ánima rayada suele indicar un fusil, pero algunas escopetas tienen cañones rayados para balas (slugs): mire el arma entera y sus marcas, no solo el ánima.

Las escopetas se marcan con su *gauge* (12, 16, 20...), donde la mayoría de las demás armas
llevan un calibre; en la región a una escopeta de 12 gauge se le dice a menudo "calibre 12".]],
      },
      image = {
        file = { en = "rifle_en.png", es = "rifle_es.png" },
        caption = { en = "A bolt-action rifle; inset: its rifled bore", es = "Un fusil de cerrojo; recuadro: su ánima rayada" },
        alt = {
          en = "A rifle seen from the side, muzzle to the right: a wooden stock, the yellow "
            .. "receiver labelled RECEIVER with the bolt handle labelled BOLT, and a long barrel "
            .. "labelled BARREL. A round inset shows the muzzle end-on, with grooves around the "
            .. "bore, labelled RIFLED BORE. Red callouts 1 and 2 mark where the serial number and "
            .. "the model and calibre are marked.",
          es = "Un fusil visto de costado, boca del cañón a la derecha: una culata de madera, el "
            .. "cajón de mecanismos amarillo rotulado CAJÓN DE MECANISMOS con la manija del "
            .. "cerrojo rotulada CERROJO, y un cañón largo rotulado CAÑÓN. Un recuadro redondo "
            .. "muestra la boca de frente, con estrías alrededor del ánima, rotulado ÁNIMA "
            .. "RAYADA. Las llamadas rojas 1 y 2 marcan dónde van el número de serie y el modelo "
            .. "y calibre.",
        },
      },
      sources = { "A5", "U1", "A8" },
    },

    -- 4 ---------------------------------------------------------------
    page {
      title = { en = "Semi-automatic and automatic", es = "Semiautomática y automática" },
      text = {
        en = [[
Pistols are described as *single shot*, *repeating*, *semi-automatic* (one shot for each pull
of the trigger, the next cartridge loaded by the firing itself) or *automatic* (firing as long
as the trigger is held). "Semi-automatic" and "repeating" describe long guns too.

- *Machine gun*: a fully automatic firearm.
- *Sub-machine gun* (subametralladora, subfusil): a hand-held automatic firearm that fires
  handgun-type cartridges.

!! In much of Latin America "pistola automática" is said of semi-automatic pistols. When a report or a witness says "automática", do not copy the word into the record as the action: record the action the firearm has, checked by an examiner where it matters.]],
        es = [[
Las pistolas se describen como de *un solo tiro*, de *repetición*, *semiautomáticas* (un
disparo por cada presión del gatillo; el disparo mismo carga el cartucho siguiente) o
*automáticas* (disparan mientras se mantiene presionado el gatillo). "Semiautomática" y "de
repetición" describen también armas largas.

- *Ametralladora*: arma de fuego totalmente automática.
- *Subametralladora (subfusil)*: arma automática que se sostiene con las manos y dispara
  cartuchos de tipo pistola.

!! En gran parte de América Latina se llama "pistola automática" a la pistola semiautomática. Cuando un informe o un testigo dice "automática", no copie la palabra en el registro como mecanismo: registre el mecanismo que el arma tiene, verificado por un perito en balística cuando importe.]],
      },
      sources = { "U1", "U3" },
    },

    -- 5 ---------------------------------------------------------------
    page {
      title = { en = "Long guns: bolt action", es = "Armas largas: de cerrojo" },
      text = {
        en = [[
Rifles and shotguns are also named by their action. Single-shot rifles are usually break or
bolt actions; repeating rifles are bolt, lever, pump or semi-automatic; shotguns use the pump,
semi-automatic, bolt and break actions.

A *bolt action* has a bolt worked by hand with a handle, usually with a round knob, standing
out from the side of the receiver. Working the bolt ejects the case and chambers the next
cartridge.]],
        es = [[
Fusiles y escopetas se nombran también por su mecanismo. Los fusiles de un solo tiro suelen ser
basculantes o de cerrojo; los de repetición, de cerrojo, de palanca, de corredera o
semiautomáticos; las escopetas usan los mecanismos de corredera, semiautomático, de cerrojo y
basculante.

Un arma *de cerrojo* tiene un cerrojo que se acciona a mano con una manija, por lo general con
un pomo redondo, que sobresale del costado del cajón de mecanismos. Al accionar el cerrojo se
expulsa la vaina y se introduce el cartucho siguiente en la recámara.]],
      },
      image = {
        file = "02-bolt-action.png",
        caption = { en = "Bolt action: the bolt handle and its knob, beside the receiver", es = "De cerrojo: la manija del cerrojo y su pomo, junto al cajón de mecanismos" },
        alt = BOLT.alt,
      },
      sources = { "H1", "H2" },
    },

    -- 6 ---------------------------------------------------------------
    page {
      title = { en = "Long guns: lever action", es = "Armas largas: de palanca" },
      text = {
        en = [[
A *lever action* has a large metal lever behind the trigger, which usually forms the trigger
guard too. Most have an exposed hammer, and many a tube magazine under the barrel.

! It is often hard to tell whether a lever action is loaded: check both the chamber and the magazine.]],
        es = [[
Un arma *de palanca* tiene una palanca grande de metal detrás del gatillo, que por lo
general forma también el guardamonte. La mayoría tiene el martillo a la vista, y muchas un
depósito tubular bajo el cañón.

! A menudo cuesta saber si un arma de palanca está cargada: revise la recámara y también el depósito.]],
      },
      image = {
        file = "02-lever-action.png",
        caption = { en = "Lever action: the lever round the trigger; a tube magazine under the barrel", es = "De palanca: la palanca alrededor del gatillo; un depósito tubular bajo el cañón" },
        alt = LEVER.alt,
      },
      sources = { "H2", "H3" },
    },

    -- 7 ---------------------------------------------------------------
    page {
      title = { en = "Long guns: pump action", es = "Armas largas: de corredera (bombeo)" },
      text = {
        en = [[
A *pump action* is worked by sliding the forend (the forestock) back and forward under the
barrel: look for a forend that stands clear of the receiver, on a tube, often grooved for the
hand. Shotguns and rifles both come with pump actions.]],
        es = [[
Un arma *de corredera* (de bombeo) se acciona deslizando el guardamanos hacia atrás y hacia
delante bajo el cañón: busque un guardamanos separado del cajón de mecanismos, montado sobre
un tubo, a menudo con estrías para la mano. Hay escopetas y fusiles de corredera.]],
      },
      image = {
        file = "02-pump-action.png",
        caption = { en = "Pump action: a grooved forend on the magazine tube", es = "De corredera: un guardamanos con estrías sobre el depósito tubular" },
        alt = PUMP.alt,
      },
      sources = { "H1" },
    },

    -- 8 ---------------------------------------------------------------
    page {
      title = { en = "Long guns: break action", es = "Armas largas: basculante (de quiebre)" },
      text = {
        en = [[
A *break action* (hinge action) opens on a hinge between the barrels and the stock, which
shows the chambers at the rear of the barrels. It may have one barrel or two, side by side or
one over the other. Many single-shot and double-barrelled shotguns are break actions.]],
        es = [[
Un arma *basculante* (de quiebre) se abre sobre una bisagra entre los cañones y la culata, lo
que deja a la vista las recámaras en la parte trasera de los cañones. Puede tener un cañón o
dos, uno junto al otro o uno sobre el otro. Muchas escopetas de un solo tiro y de dos cañones
son basculantes.]],
      },
      image = {
        file = "02-break-action.png",
        caption = { en = "Break action, shown open: the barrels tipped down on the hinge", es = "Basculante, abierta: los cañones inclinados sobre la bisagra" },
        alt = BREAK.alt,
      },
      sources = { "H1", "H4" },
    },

    -- 9 ---------------------------------------------------------------
    page {
      title = { en = "Long guns: semi-automatic", es = "Armas largas: semiautomática" },
      text = {
        en = [[
A *semi-automatic* long gun reloads its chamber with each shot, and fires once for each pull of
the trigger. Outside, look for what the hand does not work: no bolt handle to lift, no lever,
no sliding forend; often a detachable box magazine and an ejection port in the receiver.

!! From the outside a semi-automatic and an automatic firearm can look the same. Whether it fires automatically is for a firearms examiner to establish; record what you see and what it is marked.]],
        es = [[
Un arma larga *semiautomática* recarga su recámara con cada disparo y dispara una vez por cada
presión del gatillo. Por fuera, busque lo que la mano no acciona: no hay manija de cerrojo
que levantar, ni palanca, ni guardamanos deslizante; a menudo, un cargador de caja desmontable
y una ventana de expulsión en el cajón de mecanismos.

!! Por fuera, un arma semiautomática y una automática pueden verse iguales. Si dispara en automático lo establece un perito en balística; registre lo que ve y lo que tiene marcado.]],
      },
      image = {
        file = "02-semi-automatic.png",
        caption = { en = "Semi-automatic: box magazine, ejection port, no bolt handle or lever", es = "Semiautomática: cargador de caja, ventana de expulsión, sin manija de cerrojo ni palanca" },
        alt = SEMI.alt,
      },
      sources = { "U1", "H1" },
    },
  },

  quiz = {
    -- 1 ---------------------------------------------------------------
    choice {
      id = "category-of-pistol",
      tags = { "categories-actions" },
      prompt = { en = "Which category is this firearm?", es = "¿De qué categoría es esta arma?" },
      image = {
        file = "pistol-plain.png",
        caption = { en = "A handgun, side view", es = "Un arma corta vista de costado" },
        alt = {
          en = "Side view of a handgun, muzzle to the right, with no words: a long grey part on "
            .. "top with a dashed outline of the barrel inside it, the muzzle at the front; the "
            .. "yellow lower part with the trigger guard and the grip. No cylinder.",
          es = "Vista lateral de un arma corta, boca del cañón a la derecha, sin palabras: una "
            .. "pieza gris larga arriba con el contorno de trazos del cañón dentro, la boca "
            .. "delante; la parte inferior amarilla con el guardamonte y la empuñadura. Sin tambor.",
        },
      },
      options = categories(),
      answer = 1,
      explain = {
        en = "A pistol: one hand, the chamber part of the barrel (inside the slide), no "
          .. "cylinder. A revolver would show a cylinder of chambers; rifles and shotguns are "
          .. "fired from the shoulder.",
        es = "Una pistola: una sola mano, la recámara forma parte del cañón (dentro de la "
          .. "corredera), sin tambor. Un revólver mostraría un tambor con recámaras; fusiles y "
          .. "escopetas se disparan apoyados en el hombro.",
      },
      sources = { "A5", "U1" },
    },

    -- 2 ---------------------------------------------------------------
    choice {
      id = "category-of-revolver",
      tags = { "categories-actions" },
      prompt = { en = "Which category is this firearm?", es = "¿De qué categoría es esta arma?" },
      image = {
        file = "02-revolver-plain.png",
        caption = { en = "A handgun, side view", es = "Un arma corta vista de costado" },
        alt = {
          en = "Side view of a handgun, muzzle to the right, with no words: a yellow frame with "
            .. "the grip and trigger guard; above the trigger a grey fluted drum sits in the "
            .. "frame; a hammer at the rear; a long grey barrel in front.",
          es = "Vista lateral de un arma corta, boca del cañón a la derecha, sin palabras: un "
            .. "armazón amarillo con la empuñadura y el guardamonte; sobre el gatillo, un "
            .. "cilindro gris acanalado en el armazón; un martillo atrás; un cañón gris largo "
            .. "delante.",
        },
      },
      options = categories(),
      answer = 2,
      explain = {
        en = "A revolver: its cartridges sit in the chambers of the cylinder (the fluted drum "
          .. "above the trigger), typically five to nine. A pistol's chamber is part of its "
          .. "barrel.",
        es = "Un revólver: sus cartuchos van en las recámaras del tambor (el cilindro acanalado "
          .. "sobre el gatillo), por lo general de cinco a nueve. En la pistola la recámara "
          .. "forma parte del cañón.",
      },
      sources = { "A5", "U1" },
    },

    -- 3 ---------------------------------------------------------------
    choice {
      id = "category-from-bore",
      tags = { "categories-actions" },
      prompt = {
        en = "A seized long gun is fired from the shoulder. This is its bore, seen from the "
          .. "muzzle. Which category does it most likely belong to?",
        es = "Un arma larga incautada se dispara apoyada en el hombro. Esta es su ánima, vista "
          .. "desde la boca. ¿A qué categoría pertenece con mayor probabilidad?",
      },
      image = {
        file = "02-bore-smooth.png",
        caption = { en = "The muzzle, end-on", es = "La boca del cañón, de frente" },
        alt = {
          en = "A barrel's muzzle seen end-on: a round bore with a plain, even wall and no "
            .. "grooves.",
          es = "La boca de un cañón vista de frente: un ánima redonda de pared lisa y pareja, "
            .. "sin estrías.",
        },
      },
      -- Only the shoulder-fired categories: the stem rules out the pistol and the revolver.
      options = {
        { en = "Rifle", es = "Fusil (rifle)" },
        { en = "Shotgun", es = "Escopeta" },
      },
      answer = 2,
      hint = {
        en = "Both rifles and shotguns are fired from the shoulder; look for grooves.",
        es = "Fusiles y escopetas se disparan apoyados en el hombro; busque estrías.",
      },
      explain = {
        en = "A smooth bore, with no grooves, on a shoulder-fired firearm means a shotgun. A "
          .. "rifled bore would usually mean a rifle, though some shotguns have rifled slug "
          .. "barrels.",
        es = "Un ánima lisa, sin estrías, en un arma que se apoya en el hombro indica una "
          .. "escopeta. Un ánima rayada indicaría por lo general un fusil, aunque algunas "
          .. "escopetas tienen cañones rayados para balas.",
      },
      sources = { "A5", "U1" },
    },

    -- 4 ---------------------------------------------------------------
    truefalse {
      id = "rifled-always-rifle",
      tags = { "categories-actions" },
      prompt = {
        en = "True or false: a shoulder-fired firearm with a rifled bore, like this one, is "
          .. "always a rifle.",
        es = "Verdadero o falso: un arma que se apoya en el hombro con ánima rayada, como esta, "
          .. "es siempre un fusil.",
      },
      image = {
        file = "02-bore-rifled.png",
        caption = { en = "The muzzle, end-on", es = "La boca del cañón, de frente" },
        alt = {
          en = "A barrel's muzzle seen end-on: a round bore with six grooves cut into its wall.",
          es = "La boca de un cañón vista de frente: un ánima redonda con seis estrías en su pared.",
        },
      },
      answer = false,
      explain = {
        en = "False. A rifled bore usually means a rifle, but some shotguns have rifled slug "
          .. "barrels. Look at the whole firearm and its markings: a shotgun is marked with its "
          .. "gauge.",
        es = "Falso. Un ánima rayada suele indicar un fusil, pero algunas escopetas tienen "
          .. "cañones rayados para balas. Mire el arma entera y sus marcas: una escopeta se "
          .. "marca con su gauge.",
      },
      sources = { "A5", "A8" },
    },

    -- 5 ---------------------------------------------------------------
    choice {
      id = "action-bolt",
      tags = { "categories-actions" },
      prompt = { en = "Which action does this long gun have?", es = "¿Qué mecanismo de funcionamiento tiene esta arma larga?" },
      image = BOLT,
      options = actions(),
      answer = 1,
      explain = {
        en = "Bolt action: the handle with a round knob standing out from the receiver works the "
          .. "bolt. A lever action has a loop round the trigger; a pump action a sliding forend; "
          .. "a break action a hinge; a semi-automatic no handle to work at all.",
        es = "De cerrojo: la manija con pomo redondo que sobresale del cajón de mecanismos "
          .. "acciona el cerrojo. Un arma de palanca tiene un aro alrededor del gatillo; una de "
          .. "corredera, un guardamanos deslizante; una basculante, una bisagra; una "
          .. "semiautomática, ninguna manija que accionar.",
      },
      sources = { "H1", "H2" },
    },

    -- 6 ---------------------------------------------------------------
    choice {
      id = "action-lever",
      tags = { "categories-actions" },
      prompt = { en = "Which action does this long gun have?", es = "¿Qué mecanismo de funcionamiento tiene esta arma larga?" },
      image = LEVER,
      options = actions(),
      answer = 2,
      explain = {
        en = "Lever action: the metal loop behind and round the trigger is the lever, which "
          .. "usually forms the trigger guard; note the exposed hammer and the tube magazine "
          .. "under the barrel.",
        es = "De palanca: el aro de metal detrás y alrededor del gatillo es la palanca, que "
          .. "por lo general forma el guardamonte; observe el martillo a la vista y el depósito "
          .. "tubular bajo el cañón.",
      },
      sources = { "H2", "H3" },
    },

    -- 7 ---------------------------------------------------------------
    choice {
      id = "action-pump",
      tags = { "categories-actions" },
      prompt = { en = "Which action does this long gun have?", es = "¿Qué mecanismo de funcionamiento tiene esta arma larga?" },
      image = PUMP,
      options = actions(),
      answer = 3,
      explain = {
        en = "Pump action: the grooved forend stands clear of the receiver on a tube under the barrel, "
          .. "and is slid back and forward to work the action.",
        es = "De corredera (bombeo): el guardamanos con estrías está separado del cajón de "
          .. "mecanismos, sobre un tubo bajo el cañón, y se desliza hacia atrás y hacia delante "
          .. "para accionar el mecanismo.",
      },
      sources = { "H1" },
    },

    -- 8 ---------------------------------------------------------------
    choice {
      id = "action-break",
      tags = { "categories-actions" },
      prompt = { en = "Which action does this long gun have?", es = "¿Qué mecanismo de funcionamiento tiene esta arma larga?" },
      image = BREAK,
      options = actions(),
      answer = 4,
      explain = {
        en = "Break action: the gun opens on a hinge between the barrels and the stock, showing "
          .. "the chambers; here two barrels, one over the other.",
        es = "Basculante (de quiebre): el arma se abre sobre una bisagra entre los cañones y la "
          .. "culata, dejando ver las recámaras; aquí, dos cañones superpuestos.",
      },
      sources = { "H1", "H4" },
    },

    -- 9 ---------------------------------------------------------------
    choice {
      id = "action-semi-automatic",
      tags = { "categories-actions" },
      prompt = {
        en = "This long gun shows no bolt handle, lever, hinge or sliding forend. Which action "
          .. "does it most likely have?",
        es = "Esta arma larga no muestra manija de cerrojo, palanca, bisagra ni guardamanos "
          .. "deslizante. ¿Qué mecanismo tiene con mayor probabilidad?",
      },
      image = SEMI,
      options = actions(),
      answer = 5,
      explain = {
        en = "A self-loading action: the box magazine and the ejection port, with nothing for "
          .. "the hand to work, point to a semi-automatic. Whether it can fire automatically is "
          .. "not visible from outside: that is for an examiner.",
        es = "Un mecanismo que se recarga solo: el cargador de caja y la ventana de expulsión, "
          .. "sin nada que accione la mano, indican un arma semiautomática. Si puede disparar en "
          .. "automático no se ve por fuera: lo establece un perito.",
      },
      sources = { "U1", "H1" },
    },

    -- 10 --------------------------------------------------------------
    locate {
      id = "point-at-bolt-handle",
      tags = { "categories-actions" },
      prompt = {
        en = "Point at the part that shows this rifle's action.",
        es = "Señale la pieza que muestra el mecanismo de funcionamiento de este fusil.",
      },
      image = BOLT,
      -- Grid 8 x 3 (cells 100 x 100 pixels): the bolt handle and knob (in C2) and the bolt in
      -- the receiver (C2 and D2) are right: 2 of 24 cells.
      grid = { 8, 3 },
      regions = {
        { x = 268, y = 100, w = 34, h = 100 },  -- the handle and its knob
        { x = 282, y = 100, w = 80, h = 20 },   -- the bolt, in the receiver
      },
      explain = {
        en = "The bolt handle with its knob, at the rear of the receiver, and the bolt it works: "
          .. "a bolt action.",
        es = "La manija del cerrojo con su pomo, en la parte trasera del cajón de mecanismos, y "
          .. "el cerrojo que acciona: un arma de cerrojo.",
      },
      sources = { "H2" },
    },

    -- 11 --------------------------------------------------------------
    locate {
      id = "point-at-lever",
      tags = { "categories-actions" },
      prompt = {
        en = "Point at the part that works this rifle's action.",
        es = "Señale la pieza que acciona el mecanismo de este fusil.",
      },
      image = LEVER,
      -- Grid 8 x 3 (cells 100 x 100 pixels): the lever round the trigger lies in C2 and D2.
      grid = { 8, 3 },
      regions = { { x = 230, y = 160, w = 152, h = 56 } },
      explain = {
        en = "The lever behind and round the trigger: pushed down and forward, it works the "
          .. "action. It usually forms the trigger guard.",
        es = "La palanca detrás y alrededor del gatillo: acciona el mecanismo. Por lo general "
          .. "forma el guardamonte.",
      },
      sources = { "H2" },
    },

    -- 12 --------------------------------------------------------------
    choice {
      id = "double-action",
      tags = { "categories-actions" },
      prompt = {
        en = "A report describes a revolver as double action. What does that term mean?",
        es = "Un informe describe un revólver como de doble acción. ¿Qué significa ese término?",
      },
      options = {
        { en = "The hammer can only be cocked by hand", es = "El martillo solo puede amartillarse a mano" },
        { en = "Pulling the trigger also cocks the hammer", es = "Al presionar el gatillo también se amartilla" },
        { en = "It fires a burst for each pull of the trigger", es = "Dispara una ráfaga por cada presión del gatillo" },
        { en = "It has two triggers, one for each barrel", es = "Tiene dos gatillos, uno por cada cañón" },
      },
      answer = 2,
      explain = {
        en = "In double action, pulling the trigger also cocks the hammer. Cocking by hand is "
          .. "single action; a burst is automatic fire; two triggers describe some "
          .. "double-barrelled guns, not an action.",
        es = "En doble acción, al presionar el gatillo también se amartilla el arma. "
          .. "Amartillar a mano es simple acción; una ráfaga es tiro automático; dos "
          .. "gatillos describen algunas armas de dos cañones, no un mecanismo.",
      },
      sources = { "U1" },
    },

    -- 13 --------------------------------------------------------------
    text {
      id = "single-action-name",
      tags = { "categories-actions" },
      prompt = {
        en = "What is the action called in which the hammer must be cocked by hand before each "
          .. "shot?",
        es = "¿Cómo se llama el mecanismo en el que el martillo debe amartillarse a mano antes "
          .. "de cada disparo?",
      },
      answers = {
        { en = "single action", es = "simple acción" },
        { en = "single-action", es = "acción simple" },
        "SA",
        "de simple acción",
        "accion sencilla",
        "de accion simple",
        "single action only",
      },
      explain = {
        en = "Single action (simple acción): the hammer is cocked by hand. In double action the "
          .. "trigger pull cocks it too.",
        es = "Simple acción (single action): el martillo se amartilla a mano. En doble acción "
          .. "también lo amartilla la presión del gatillo.",
      },
      sources = { "U1" },
    },

    -- 14 --------------------------------------------------------------
    multi {
      id = "terms-for-pistols",
      tags = { "categories-actions" },
      prompt = {
        en = "Which of these terms can correctly describe a pistol? Tick each one.",
        es = "¿Cuáles de estos términos pueden describir correctamente una pistola? Marque cada uno.",
      },
      options = {
        { en = "Single action", es = "Simple acción" },
        { en = "Double-action-only", es = "Solo doble acción" },
        { en = "Semi-automatic", es = "Semiautomática" },
        { en = "Shoulder-fired", es = "Se dispara apoyada en el hombro" },
        { en = "Chambered cylinder", es = "Tambor con recámaras" },
      },
      answers = { 1, 2, 3 },
      explain = {
        en = "Single and double action describe pistols as well as revolvers (single action, "
          .. "double/single action, double-action-only), and pistols may be semi-automatic. A "
          .. "shoulder-fired firearm is a rifle or shotgun; a chambered cylinder makes a revolver.",
        es = "Simple y doble acción describen pistolas además de revólveres (simple acción, "
          .. "doble y simple acción, solo doble acción), y las pistolas pueden ser "
          .. "semiautomáticas. Un arma que se apoya en el hombro es un fusil o una escopeta; un "
          .. "tambor con recámaras, un revólver.",
      },
      sources = { "U1" },
    },

    -- 15 --------------------------------------------------------------
    choice {
      id = "pistola-automatica",
      tags = { "categories-actions" },
      prompt = {
        en = "A local seizure report lists \"una pistola automática\". What is most likely, and "
          .. "what do you record?",
        es = "Un acta de incautación local consigna \"una pistola automática\". ¿Qué es lo más "
          .. "probable y qué registra?",
      },
      options = {
        { en = "A machine pistol: record it as fully automatic, as the report says",
          es = "Una pistola ametralladora: registrarla como totalmente automática, como dice el acta" },
        { en = "Probably semi-automatic: record the action it has",
          es = "Probablemente semiautomática: registrar el mecanismo que tiene" },
        { en = "A sub-machine gun: record it under that category",
          es = "Una subametralladora: registrarla en esa categoría" },
      },
      answer = 2,
      explain = {
        en = "In much of the region \"pistola automática\" is said of semi-automatic pistols. "
          .. "Record the action the firearm actually has, checked by an examiner where it "
          .. "matters, not the word of the report. A sub-machine gun is a different firearm.",
        es = "En gran parte de la región se llama \"pistola automática\" a la pistola "
          .. "semiautomática. Registre el mecanismo que el arma tiene, verificado por un perito "
          .. "cuando importe, no la palabra del acta. Una subametralladora es otra arma.",
      },
      sources = { "U1" },
    },

    -- 16 --------------------------------------------------------------
    choice {
      id = "sub-machine-gun",
      tags = { "categories-actions" },
      prompt = {
        en = "A seized weapon is held in the hands, fires automatically and takes handgun-type "
          .. "cartridges. Which term fits it?",
        es = "Un arma incautada se sostiene con las manos, dispara en automático y usa cartuchos "
          .. "de tipo pistola. ¿Qué término le corresponde?",
      },
      options = {
        { en = "Semi-automatic pistol", es = "Pistola semiautomática" },
        { en = "Machine gun", es = "Ametralladora" },
        { en = "Sub-machine gun", es = "Subametralladora (subfusil)" },
        { en = "Semi-automatic rifle", es = "Fusil semiautomático" },
      },
      answer = 3,
      explain = {
        en = "A sub-machine gun is a hand-held automatic firearm that fires handgun-type "
          .. "cartridges. A machine gun is fully automatic but not defined by handgun "
          .. "cartridges; semi-automatic firearms fire once for each pull of the trigger.",
        es = "La subametralladora (subfusil) es un arma automática que se sostiene con las manos "
          .. "y dispara cartuchos de tipo pistola. La ametralladora es totalmente automática pero "
          .. "no se define por los cartuchos de pistola; las armas semiautomáticas disparan una "
          .. "vez por cada presión del gatillo.",
      },
      sources = { "U1", "U3" },
    },

    -- 17 --------------------------------------------------------------
    match {
      id = "categories-and-features",
      tags = { "categories-actions" },
      prompt = {
        en = "Match each category with the feature that identifies it.",
        es = "Empareje cada categoría con la característica que la identifica.",
      },
      pairs = {
        { { en = "Pistol", es = "Pistola" },
          { en = "Chamber part of the barrel", es = "Recámara integrada en el cañón" } },
        { { en = "Revolver", es = "Revólver" },
          { en = "Cylinder of chambers", es = "Tambor de recámaras" } },
        { { en = "Rifle", es = "Fusil (rifle)" },
          { en = "Shoulder-fired, rifled bore", es = "Se dispara desde el hombro, ánima rayada" } },
        { { en = "Shotgun", es = "Escopeta" },
          { en = "Shoulder-fired, smooth bore", es = "Se dispara desde el hombro, ánima lisa" } },
      },
      explain = {
        en = "A pistol's chamber is part of the barrel; a revolver has a chambered cylinder; "
          .. "rifles and shotguns are both fired from the shoulder, with a rifled and a smooth "
          .. "bore.",
        es = "En la pistola la recámara forma parte del cañón; el revólver tiene un tambor con "
          .. "recámaras; fusiles y escopetas se disparan desde el hombro, con ánima rayada y "
          .. "lisa.",
      },
      sources = { "A5", "U1" },
    },

    -- 18 --------------------------------------------------------------
    choice {
      id = "lever-action-check",
      tags = { "categories-actions", "safe-handling" },
      critical = true,
      prompt = {
        en = "A lever-action rifle with a tube magazine under the barrel is handed in. What must "
          .. "you check to know it is unloaded?",
        es = "Entregan un fusil de palanca con un depósito tubular bajo el cañón. ¿Qué debe "
          .. "revisar para saber que está descargado?",
      },
      options = {
        { en = "Only the chamber, since the magazine is sealed", es = "Solo la recámara, porque el depósito está cerrado" },
        { en = "Only the tube magazine, where the cartridges are", es = "Solo el depósito tubular, donde están los cartuchos" },
        { en = "The chamber and the magazine", es = "La recámara y el depósito" },
      },
      answer = 3,
      explain = {
        en = "It is often hard to tell whether a lever action is loaded: check both the chamber "
          .. "and the magazine. Until both are checked, it is loaded.",
        es = "A menudo cuesta saber si un arma de palanca está cargada: revise la recámara y "
          .. "también el depósito. Hasta revisar ambos, está cargada.",
      },
      sources = { "H3", "N2" },
    },

    -- 19 --------------------------------------------------------------
    choice {
      id = "machine-gun",
      tags = { "categories-actions" },
      prompt = {
        en = "Which term names a fully automatic firearm?",
        es = "¿Qué término designa un arma de fuego totalmente automática?",
      },
      options = {
        { en = "Repeating rifle", es = "Fusil de repetición" },
        { en = "Double-action revolver", es = "Revólver de doble acción" },
        { en = "Machine gun", es = "Ametralladora" },
        { en = "Semi-automatic shotgun", es = "Escopeta semiautomática" },
      },
      answer = 3,
      explain = {
        en = "A machine gun is fully automatic. A repeating rifle is worked by hand; double "
          .. "action describes how the hammer is cocked; a semi-automatic fires once per pull.",
        es = "La ametralladora es totalmente automática. Un fusil de repetición se acciona a "
          .. "mano; la doble acción describe cómo se amartilla; una semiautomática dispara una "
          .. "vez por cada presión.",
      },
      sources = { "U1", "U3" },
    },
  },
}
