-- rastro content module: "Firearm safety and categories"
-- (es: "Seguridad y categorías de armas de fuego").
--
-- Built only from rastro's sourced domain facts (safety first, categories and
-- actions, markings). Source keys such as N2 or U1 in the page and question
-- `sources` fields refer to entries of this module's `sources` list, which
-- names each published source.
--
-- Scope: identification and safe handling only. Nothing here explains how to
-- make, convert, alter or obliterate a firearm or its markings.

return lesson {
  id = "safety-categories",
  version = 1,
  title = {
    en = "Firearm safety and categories",
    es = "Seguridad y categorías de armas de fuego",
  },
  summary = {
    en = "Safe handling of every firearm you receive, the four basic categories "
      .. "and their actions, and the essential parts, with the frame or receiver "
      .. "as the reference point for identification.",
    es = "Manipulación segura de toda arma de fuego que reciba, las cuatro "
      .. "categorías básicas y sus sistemas de funcionamiento, y las partes "
      .. "esenciales, con el armazón o receptor como punto de referencia para la "
      .. "identificación.",
  },
  sources = {
    { key = "N2",  text = "Crime laboratory firearm safety procedure" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "N1",  text = "NIJ firearms examiner training, module 15" },
    { key = "A5",  text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "U1",  text = "UNODC Education for Justice, firearms module 2, common firearm types" },
    { key = "U3",  text = "UNODC questionnaire definitions" },
    { key = "U2",  text = "UNODC Education for Justice, firearms module 2, parts and components" },
    { key = "A8",  text = "27 CFR 478.92" },
    { key = "T8",  text = "ISACS 05.31" },
    { key = "A1",  text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A2",  text = "omb.report/icr/202510-1140-006/doc/163302500" },
    { key = "A6",  text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
  },

  pages = {
    -- 1 ---------------------------------------------------------------
    page {
      title = {
        en = "Safety first",
        es = "La seguridad primero",
      },
      text = {
        en = [[
Every firearm that reaches your hands is treated as loaded, whatever you are
told and however it looks. This is the first rule of firearm safety in crime
laboratories, and it applies just as much at a border post, in a police
station or on a workshop table.

Before any other action, such as photographing, reading markings, measuring or
packaging, check the firearm and render it safe. Throughout, keep the muzzle
pointed in a safe direction.

- Treat every firearm as loaded.
- Check it and render it safe before doing anything else with it.
- Keep the muzzle pointed in a safe direction.
- Never pick a firearm up by pushing a pencil or any other object into the
  barrel.

Identification and tracing depend on careful work with the firearm in front
of you. That work begins only once the firearm is safe.
]],
        es = [[
Toda arma de fuego que llegue a sus manos se trata como cargada, sin importar
lo que le digan ni su apariencia. Esta es la primera regla de seguridad con
armas de fuego en los laboratorios de criminalística, y se aplica igual en un
puesto fronterizo, en una estación de policía o en la mesa de un taller.

Antes de cualquier otra acción, como fotografiar, leer las marcas, medir o
embalar, revise el arma y déjela en condición segura. En todo momento mantenga
la boca del cañón apuntando en una dirección segura.

- Trate toda arma de fuego como cargada.
- Revísela y déjela en condición segura antes de hacer cualquier otra cosa.
- Mantenga la boca del cañón apuntando en una dirección segura.
- Nunca levante un arma de fuego introduciendo un lápiz u otro objeto en el
  cañón.

La identificación y el rastreo dependen de un trabajo cuidadoso con el arma
que tiene delante. Ese trabajo comienza solo cuando el arma está en condición
segura.
]],
      },
      sources = { "N2", "A17" },
    },

    -- 2 ---------------------------------------------------------------
    page {
      title = {
        en = "At the scene: unloading and ammunition",
        es = "En el lugar de los hechos: descarga y munición",
      },
      text = {
        en = [[
Unload the firearm at the scene, before it is packaged and moved, so that it
does not travel loaded to the next person who handles it.

If you are not sure how a particular firearm works or how to unload it, do
not improvise. Call a firearms instructor, an armourer or a firearms examiner,
and keep the muzzle in a safe direction while you wait.

The ammunition you remove is part of the evidence as well. Package it
separately from the firearm and label it to the firearm it came from, so that
anyone who receives the packages later can tell which ammunition belongs to
which firearm.

- Unload at the scene.
- If in doubt, call an instructor, armourer or examiner.
- Package removed ammunition separately from the firearm.
- Label the ammunition to the firearm it came from.
]],
        es = [[
Descargue el arma de fuego en el lugar de los hechos, antes de embalarla y
trasladarla, para que no llegue cargada a la siguiente persona que la
manipule.

Si no está seguro de cómo funciona un arma en particular o de cómo
descargarla, no improvise. Llame a un instructor de armas de fuego, a un
armero o a un perito en armas de fuego, y mantenga la boca del cañón en una
dirección segura mientras espera.

La munición que retire también forma parte de la evidencia. Embálela por
separado del arma y rotúlela con referencia al arma de la que proviene, para
que quien reciba los paquetes después pueda saber qué munición corresponde a
qué arma.

- Descargue en el lugar de los hechos.
- Si tiene dudas, llame a un instructor, armero o perito.
- Embale la munición retirada por separado del arma.
- Rotule la munición con referencia al arma de la que proviene.
]],
      },
      sources = { "N1", "N2" },
    },

    -- 3 ---------------------------------------------------------------
    page {
      title = {
        en = "Four basic categories",
        es = "Cuatro categorías básicas",
      },
      text = {
        en = [[
Describing a firearm starts with its category. Four categories cover the
firearms you will meet most often:

- Pistol: designed to be fired with one hand; the chamber is integral with
  the barrel.
- Revolver: has a cylinder of chambers, typically five to nine.
- Rifle: fired from the shoulder; the bore is rifled.
- Shotgun: fired from the shoulder; the bore is smooth.

Two questions separate them. First, where is the chamber? In a pistol it is
part of the barrel; in a revolver the chambers are in the cylinder. Second,
for firearms fired from the shoulder, what is the bore like? A rifled bore
means a rifle; a smooth bore means a shotgun.

Getting the category right matters: the type of firearm is one of the
identifiers you record and report, and every later step builds on it.
]],
        es = [[
Describir un arma de fuego comienza por su categoría. Cuatro categorías
abarcan las armas que encontrará con más frecuencia:

- Pistola: diseñada para dispararse con una sola mano; la recámara forma parte
  del cañón.
- Revólver: tiene un tambor con varias recámaras, por lo general de cinco a
  nueve.
- Rifle (fusil): se dispara apoyado en el hombro; el cañón es de ánima rayada.
- Escopeta: se dispara apoyada en el hombro; el cañón es de ánima lisa.

Dos preguntas las distinguen. Primero, ¿dónde está la recámara? En la pistola
forma parte del cañón; en el revólver las recámaras están en el tambor.
Segundo, en las armas que se disparan apoyadas en el hombro, ¿cómo es el
ánima? Ánima rayada indica un rifle; ánima lisa, una escopeta.

Acertar con la categoría es importante: el tipo de arma es uno de los datos
de identificación que se registran e informan, y todos los pasos posteriores
se basan en él.
]],
      },
      sources = { "A5", "U1" },
    },

    -- 4 ---------------------------------------------------------------
    page {
      title = {
        en = "Actions",
        es = "Sistemas de funcionamiento",
      },
      text = {
        en = [[
Within a category, firearms are also described by their action.

Revolvers have two actions:

- Single action: the hammer is cocked by hand.
- Double action: pulling the trigger also cocks the hammer.

Pistols are described as single shot, repeating, semi-automatic or automatic.

Two further terms name automatic weapons:

- Machine gun: a fully automatic firearm.
- Sub-machine gun: a hand-held automatic weapon that fires handgun-type
  cartridges.

Keep the two groups of terms apart: single and double action describe a
revolver, while single shot, repeating, semi-automatic and automatic describe
a pistol. Using the right term for the right firearm makes your description
precise and avoids confusion in records and reports.
]],
        es = [[
Dentro de cada categoría, las armas de fuego también se describen por su
sistema de funcionamiento.

Los revólveres tienen dos sistemas:

- Acción simple: el martillo se monta a mano.
- Doble acción: al presionar el disparador (gatillo) también se monta el
  martillo.

Las pistolas se describen como de tiro único, de repetición, semiautomáticas
o automáticas.

Otros dos términos designan armas automáticas:

- Ametralladora: arma de fuego totalmente automática.
- Subametralladora (subfusil): arma automática que se sostiene con las manos
  y dispara cartuchos de tipo pistola.

No mezcle los dos grupos de términos: acción simple y doble acción describen
un revólver, mientras que tiro único, repetición, semiautomática y automática
describen una pistola. Usar el término correcto para cada arma hace precisa
su descripción y evita confusiones en registros e informes.
]],
      },
      sources = { "U1", "U3" },
    },

    -- 5 ---------------------------------------------------------------
    page {
      title = {
        en = "Essential parts",
        es = "Partes esenciales",
      },
      text = {
        en = [[
The UN Firearms Protocol names the essential parts of a firearm:

- Barrel.
- Frame or receiver.
- Slide or cylinder.
- Bolt or breech block.

Learn to recognise each of them on the firearm in front of you. The barrel
carries the bore, rifled in a rifle and smooth in a shotgun. The cylinder is
the part of a revolver that holds the chambers.

Markings are not all in one place. Under US rules the serial number must be
on the frame or receiver, while the model, calibre, manufacturer and importer
marks may be on the frame, the receiver or the barrel, and on imported
firearms also on the slide. Look at every essential part before you decide
that a mark is missing.
]],
        es = [[
El Protocolo de la ONU sobre Armas de Fuego enumera las partes esenciales de
un arma de fuego:

- Cañón.
- Armazón o receptor.
- Corredera o tambor.
- Cerrojo o bloque de cierre.

Aprenda a reconocer cada una en el arma que tiene delante. El cañón contiene
el ánima, rayada en el rifle y lisa en la escopeta. El tambor es la parte del
revólver que aloja las recámaras.

Las marcas no están todas en el mismo lugar. Según las normas de Estados
Unidos, el número de serie debe estar en el armazón o receptor, mientras que
las marcas de modelo, calibre, fabricante e importador pueden estar en el
armazón, el receptor o el cañón, y en armas importadas también en la
corredera. Revise todas las partes esenciales antes de concluir que falta una
marca.
]],
      },
      sources = { "U2", "U1", "A8" },
    },

    -- 6 ---------------------------------------------------------------
    page {
      title = {
        en = "Why the frame or receiver matters",
        es = "Por qué importa el armazón o receptor",
      },
      text = {
        en = [[
Of all the essential parts, the frame or receiver matters most for
identification. The International Small Arms Control Standards (ISACS)
treat it as the primary reference point for marking. US law requires the
serial number to be on it, and the ATF trace request form (in Spanish,
"Solicitud de Rastreo") asks for the serial number taken from the frame or
receiver.

When you record a firearm:

- Read the serial number from the frame or receiver.
- Do not confuse model or patent numbers with the serial number.
- Also record proof marks, assembly numbers and patent numbers.
- Photograph the markings.

A serial number alone is not enough. Duplicate serial numbers occur on
different firearms of the same make, so record the manufacturer, importer (if
any), model and calibre as well. The success of a trace relies on the
accuracy of the identifiers you supply.
]],
        es = [[
De todas las partes esenciales, el armazón o receptor es la más importante
para la identificación. Las normas internacionales para el control de armas
pequeñas (ISACS) lo consideran el punto de referencia principal para el
marcaje. La ley de Estados Unidos exige que el número de serie esté en él,
y el formulario de solicitud de rastreo de la ATF (en español, "Solicitud de
Rastreo") pide el número de serie tomado del armazón o receptor.

Al registrar un arma de fuego:

- Lea el número de serie en el armazón o receptor.
- No confunda los números de modelo o de patente con el número de serie.
- Registre también las marcas de prueba, los números de ensamblaje y los
  números de patente.
- Fotografíe las marcas.

El número de serie por sí solo no basta. Hay números de serie duplicados en
armas distintas de la misma marca, por lo que debe registrar también el
fabricante, el importador (si lo hay), el modelo y el calibre. El éxito de un
rastreo depende de la exactitud de los datos de identificación que usted
proporcione.
]],
      },
      sources = { "T8", "A8", "A1", "A2", "A17", "A6" },
    },
  },

  -- Safe handling is not traded for marks elsewhere: each safe-handling question is critical,
  -- so the quiz is passed only when every one of them asked is answered right, whatever the
  -- score.
  quiz = {
    -- 1 ---------------------------------------------------------------
    choice {
      id = "treat-as-loaded",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "A colleague hands you a seized pistol and says it is already "
          .. "unloaded. What do you do first?",
        es = "Un colega le entrega una pistola incautada y le dice que ya está "
          .. "descargada. ¿Qué hace primero?",
      },
      options = {
        { en = "Accept it and start reading the markings",
          es = "Aceptarlo y empezar a leer las marcas" },
        { en = "Treat it as loaded, check it and render it safe",
          es = "Tratarla como cargada, revisarla y dejarla en condición segura" },
        { en = "Photograph it first and check it later at the laboratory",
          es = "Fotografiarla primero y revisarla después en el laboratorio" },
        { en = "Ask the colleague to sign a note saying it is unloaded",
          es = "Pedir al colega que firme una nota de que está descargada" },
      },
      answer = 2,
      explain = {
        en = "Every firearm is treated as loaded, whatever you are told. You "
          .. "check it and render it safe before any other action, with the "
          .. "muzzle in a safe direction. Reading markings and photographing "
          .. "come afterwards, and a signed note does not make a firearm safe.",
        es = "Toda arma de fuego se trata como cargada, sin importar lo que le "
          .. "digan. Se revisa y se deja en condición segura antes de cualquier "
          .. "otra acción, con la boca del cañón en una dirección segura. Leer "
          .. "las marcas y fotografiar vienen después, y una nota firmada no "
          .. "vuelve seguro un arma.",
      },
      sources = { "N2" },
    },

    -- 2 ---------------------------------------------------------------
    choice {
      id = "no-pencil-in-barrel",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "To avoid touching a revolver found at a scene, a colleague "
          .. "proposes lifting it by a pencil pushed into the barrel. What is "
          .. "the correct response?",
        es = "Para no tocar un revólver hallado en el lugar de los hechos, un "
          .. "colega propone levantarlo con un lápiz introducido en el cañón. "
          .. "¿Cuál es la respuesta correcta?",
      },
      options = {
        { en = "Agree, as long as the pencil is new and clean",
          es = "Aceptar, siempre que el lápiz sea nuevo y esté limpio" },
        { en = "Agree, but use a metal rod instead of a pencil",
          es = "Aceptar, pero usar una varilla metálica en lugar del lápiz" },
        { en = "Agree, if the muzzle points at the floor",
          es = "Aceptar, si la boca del cañón apunta al suelo" },
        { en = "Refuse: never push a pencil or any object into the barrel",
          es = "Negarse: nunca se introduce un lápiz ni otro objeto en el cañón" },
      },
      answer = 4,
      explain = {
        en = "The rule has no exceptions: never pick up a firearm by pushing a "
          .. "pencil or any other object into the barrel, whatever the object "
          .. "is. Treat the revolver as loaded, keep the muzzle in a safe "
          .. "direction, and check it and render it safe.",
        es = "La regla no tiene excepciones: nunca se levanta un arma de fuego "
          .. "introduciendo un lápiz u otro objeto en el cañón, sea cual sea el "
          .. "objeto. Trate el revólver como cargado, mantenga la boca del "
          .. "cañón en una dirección segura, y revíselo y déjelo en condición "
          .. "segura.",
      },
      sources = { "A17", "N2" },
    },

    -- 3 ---------------------------------------------------------------
    choice {
      id = "ammunition-separate",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "You have unloaded a pistol at the scene. What do you do with the "
          .. "cartridges you removed?",
        es = "Usted descargó una pistola en el lugar de los hechos. ¿Qué hace "
          .. "con los cartuchos que retiró?",
      },
      options = {
        { en = "Package them separately and label them to the pistol",
          es = "Embalarlos por separado y rotularlos con referencia a la pistola" },
        { en = "Put them back in the pistol's magazine for transport",
          es = "Volver a colocarlos en el cargador de la pistola para el traslado" },
        { en = "Combine them with other ammunition found at the scene",
          es = "Juntarlos con otra munición hallada en el lugar" },
        { en = "Leave them at the scene; only the firearm is evidence",
          es = "Dejarlos en el lugar; solo el arma es evidencia" },
      },
      answer = 1,
      explain = {
        en = "Removed ammunition is packaged separately from the firearm and "
          .. "labelled to the firearm it came from. Putting it back in the "
          .. "magazine would undo the unloading, mixing it with other "
          .. "ammunition loses the link to the pistol, and leaving it behind "
          .. "loses evidence.",
        es = "La munición retirada se embala por separado del arma y se rotula "
          .. "con referencia al arma de la que proviene. Volver a colocarla en "
          .. "el cargador desharía la descarga, juntarla con otra munición "
          .. "pierde el vínculo con la pistola, y dejarla en el lugar pierde "
          .. "evidencia.",
      },
      sources = { "N1" },
    },

    -- 4 ---------------------------------------------------------------
    choice {
      id = "in-doubt-ask",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "At a scene you find a firearm of a model you have never seen, "
          .. "and you are not sure how to unload it. What should you do?",
        es = "En el lugar de los hechos encuentra un arma de fuego de un modelo "
          .. "que nunca ha visto y no sabe bien cómo descargarla. ¿Qué debe "
          .. "hacer?",
      },
      options = {
        { en = "Try the controls one by one until it opens",
          es = "Probar los mandos uno por uno hasta que se abra" },
        { en = "Transport it loaded and unload it at the station",
          es = "Trasladarla cargada y descargarla en la estación" },
        { en = "Call a firearms instructor, armourer or examiner",
          es = "Llamar a un instructor de armas, un armero o un perito" },
        { en = "Leave it where it is and close the case file",
          es = "Dejarla donde está y cerrar el expediente" },
      },
      answer = 3,
      explain = {
        en = "If in doubt, call a firearms instructor, an armourer or a "
          .. "firearms examiner, keeping the muzzle in a safe direction. "
          .. "Firearms are unloaded at the scene, so moving it loaded is not "
          .. "the answer, and trial and error with an unfamiliar firearm is "
          .. "not safe handling.",
        es = "Si tiene dudas, llame a un instructor de armas de fuego, a un "
          .. "armero o a un perito en armas de fuego, y mantenga la boca del "
          .. "cañón en una dirección segura. Las armas se descargan en el lugar "
          .. "de los hechos, así que trasladarla cargada no es la solución, y "
          .. "probar a ciegas con un arma desconocida no es una manipulación "
          .. "segura.",
      },
      sources = { "N1", "N2" },
    },

    -- 5 ---------------------------------------------------------------
    choice {
      id = "pistol-or-revolver",
      tags = { "identification" },
      prompt = {
        en = "Which feature distinguishes a pistol from a revolver?",
        es = "¿Qué característica distingue una pistola de un revólver?",
      },
      options = {
        { en = "Its chamber is integral with the barrel",
          es = "Su recámara forma parte del cañón" },
        { en = "It is designed to be fired from the shoulder",
          es = "Está diseñada para dispararse apoyada en el hombro" },
        { en = "Its bore is always smooth",
          es = "Su ánima es siempre lisa" },
        { en = "It has a cylinder with five to nine chambers",
          es = "Tiene un tambor con cinco a nueve recámaras" },
      },
      answer = 1,
      explain = {
        en = "A pistol is fired with one hand and its chamber is integral with "
          .. "the barrel. A revolver instead has a cylinder of chambers, "
          .. "typically five to nine. Being fired from the shoulder describes "
          .. "rifles and shotguns, and a smooth bore is the mark of a shotgun.",
        es = "La pistola se dispara con una sola mano y su recámara forma parte "
          .. "del cañón. El revólver, en cambio, tiene un tambor con varias "
          .. "recámaras, por lo general de cinco a nueve. Dispararse apoyada en "
          .. "el hombro describe al rifle y a la escopeta, y el ánima lisa es "
          .. "propia de la escopeta.",
      },
      sources = { "A5", "U1" },
    },

    -- 6 ---------------------------------------------------------------
    choice {
      id = "rifle-or-shotgun",
      tags = { "identification" },
      prompt = {
        en = "Two seized firearms are both designed to be fired from the "
          .. "shoulder. Which feature tells the rifle from the shotgun?",
        es = "Dos armas de fuego incautadas están diseñadas para dispararse "
          .. "apoyadas en el hombro. ¿Qué característica distingue el rifle de "
          .. "la escopeta?",
      },
      options = {
        { en = "The number of chambers in the cylinder",
          es = "El número de recámaras del tambor" },
        { en = "Whether it is single action or double action",
          es = "Si es de acción simple o de doble acción" },
        { en = "The bore: rifled in a rifle, smooth in a shotgun",
          es = "El ánima: rayada en el rifle, lisa en la escopeta" },
        { en = "Whether the serial number is on the frame or receiver",
          es = "Si el número de serie está en el armazón o receptor" },
      },
      answer = 3,
      explain = {
        en = "Rifles and shotguns are both fired from the shoulder; the bore "
          .. "separates them. A rifle has a rifled bore and a shotgun a smooth "
          .. "bore. Cylinders and single or double action belong to revolvers, "
          .. "and the place of the serial number does not define the category.",
        es = "El rifle y la escopeta se disparan apoyados en el hombro; lo que "
          .. "los distingue es el ánima. El rifle tiene ánima rayada y la "
          .. "escopeta, ánima lisa. El tambor y la acción simple o doble son "
          .. "propios del revólver, y la ubicación del número de serie no "
          .. "define la categoría.",
      },
      sources = { "A5", "U1" },
    },

    -- 7 ---------------------------------------------------------------
    choice {
      id = "double-action",
      tags = { "identification" },
      prompt = {
        en = "A report describes a revolver as double action. What does that "
          .. "term mean?",
        es = "Un informe describe un revólver como de doble acción. ¿Qué "
          .. "significa ese término?",
      },
      options = {
        { en = "The hammer can only be cocked by hand",
          es = "El martillo solo puede montarse a mano" },
        { en = "Pulling the trigger also cocks the hammer",
          es = "Al presionar el disparador también se monta el martillo" },
        { en = "The revolver is fully automatic",
          es = "El revólver es totalmente automático" },
        { en = "The revolver has two barrels",
          es = "El revólver tiene dos cañones" },
      },
      answer = 2,
      explain = {
        en = "In a double-action revolver, pulling the trigger also cocks the "
          .. "hammer. Cocking the hammer by hand is single action. Fully "
          .. "automatic describes a machine gun, not a revolver action, and the "
          .. "term has nothing to do with the number of barrels.",
        es = "En un revólver de doble acción, al presionar el disparador también "
          .. "se monta el martillo. Montarlo a mano corresponde a la "
          .. "acción simple. Totalmente automática describe a una "
          .. "ametralladora, no un sistema de revólver, y el término no tiene "
          .. "relación con el número de cañones.",
      },
      sources = { "U1" },
    },

    -- 8 ---------------------------------------------------------------
    choice {
      id = "sub-machine-gun",
      tags = { "identification" },
      prompt = {
        en = "A seized weapon is hand-held, automatic and fires handgun-type "
          .. "cartridges. Which term fits it best?",
        es = "Un arma incautada se sostiene con las manos, es automática y "
          .. "dispara cartuchos de tipo pistola. ¿Qué término le corresponde "
          .. "mejor?",
      },
      options = {
        { en = "Revolver", es = "Revólver" },
        { en = "Shotgun", es = "Escopeta" },
        { en = "Single-shot pistol", es = "Pistola de tiro único" },
        { en = "Sub-machine gun", es = "Subametralladora (subfusil)" },
      },
      answer = 4,
      explain = {
        en = "A sub-machine gun is a hand-held automatic weapon that fires "
          .. "handgun-type cartridges. A revolver is defined by its cylinder, a "
          .. "shotgun by its smooth bore and shoulder firing, and a single-shot "
          .. "pistol is by definition not automatic.",
        es = "La subametralladora (subfusil) es un arma automática que se "
          .. "sostiene con las manos y dispara cartuchos de tipo pistola. El "
          .. "revólver se define por su tambor, la escopeta por su ánima lisa y "
          .. "porque se dispara apoyada en el hombro, y una pistola de tiro "
          .. "único, por definición, no es automática.",
      },
      sources = { "U1", "U3" },
    },

    -- 9 ---------------------------------------------------------------
    choice {
      id = "pistol-actions",
      tags = { "identification" },
      prompt = {
        en = "Which list gives the action types used to describe pistols?",
        es = "¿Qué lista reúne los sistemas de funcionamiento con que se "
          .. "describen las pistolas?",
      },
      options = {
        { en = "Single action and double action only",
          es = "Solo acción simple y doble acción" },
        { en = "Rifled bore and smooth bore",
          es = "Ánima rayada y ánima lisa" },
        { en = "Single shot, repeating, semi-automatic, automatic",
          es = "Tiro único, repetición, semiautomática, automática" },
        { en = "Barrel, frame, slide and bolt",
          es = "Cañón, armazón, corredera y cerrojo" },
      },
      answer = 3,
      explain = {
        en = "Pistols are described as single shot, repeating, semi-automatic "
          .. "or automatic. Single and double action are the terms used for "
          .. "revolvers, rifled and smooth describe the bore, and the last "
          .. "option is a list of parts, not actions.",
        es = "Las pistolas se describen como de tiro único, de repetición, "
          .. "semiautomáticas o automáticas. Acción simple y doble acción son "
          .. "los términos que se usan para los revólveres, rayada y lisa "
          .. "describen el ánima, y la última opción es una lista de partes, no "
          .. "de sistemas de funcionamiento.",
      },
      sources = { "U1" },
    },

    -- 10 --------------------------------------------------------------
    choice {
      id = "essential-parts",
      tags = { "identification" },
      prompt = {
        en = "Which group lists the essential parts of a firearm named in the "
          .. "UN Firearms Protocol?",
        es = "¿Qué grupo enumera las partes esenciales de un arma de fuego "
          .. "según el Protocolo de la ONU sobre Armas de Fuego?",
      },
      options = {
        { en = "Barrel, frame or receiver, slide or cylinder, bolt or breech block",
          es = "Cañón, armazón o receptor, corredera o tambor, cerrojo o bloque de cierre" },
        { en = "Barrel, stock, sights and magazine",
          es = "Cañón, culata, miras y cargador" },
        { en = "Frame or receiver, trigger, grip and magazine",
          es = "Armazón o receptor, disparador, empuñadura y cargador" },
        { en = "Cylinder, hammer, trigger and sights",
          es = "Tambor, martillo, disparador y miras" },
      },
      answer = 1,
      explain = {
        en = "The Firearms Protocol names four essential parts: the barrel, "
          .. "the frame or receiver, the slide or cylinder, and the bolt or "
          .. "breech block. The other groups mix in parts such as stocks, "
          .. "sights, grips and magazines that are not on that list.",
        es = "El Protocolo sobre Armas de Fuego nombra cuatro partes "
          .. "esenciales: el cañón, el armazón o receptor, la corredera o "
          .. "tambor, y el cerrojo o bloque de cierre. Los otros grupos "
          .. "incluyen piezas como culatas, miras, empuñaduras y cargadores, "
          .. "que no figuran en esa lista.",
      },
      sources = { "U2" },
    },

    -- 11 --------------------------------------------------------------
    choice {
      id = "frame-reference-point",
      tags = { "marking" },
      prompt = {
        en = "Why does the frame or receiver matter so much when you identify "
          .. "a firearm?",
        es = "¿Por qué es tan importante el armazón o receptor al identificar "
          .. "un arma de fuego?",
      },
      options = {
        { en = "It is the heaviest part, so it is easiest to find",
          es = "Es la parte más pesada, así que es la más fácil de ubicar" },
        { en = "It is the main reference for marking and bears the serial number",
          es = "Es la referencia principal del marcaje y lleva el número de serie" },
        { en = "It is the only part that can show the calibre",
          es = "Es la única parte que puede indicar el calibre" },
        { en = "Its colour and finish identify the manufacturer",
          es = "Su color y acabado identifican al fabricante" },
      },
      answer = 2,
      explain = {
        en = "ISACS treats the frame or receiver as the primary reference point "
          .. "for marking, US law requires the serial number to be on it, and "
          .. "the trace request asks for the serial number from the frame or "
          .. "receiver. It is not the only marked part: calibre and other marks "
          .. "may also appear on the barrel.",
        es = "Las ISACS consideran el armazón o receptor el punto de referencia "
          .. "principal para el marcaje, la ley de Estados Unidos exige que el "
          .. "número de serie esté en él, y la solicitud de rastreo pide el "
          .. "número de serie del armazón o receptor. No es la única parte "
          .. "marcada: el calibre y otras marcas también pueden estar en el "
          .. "cañón.",
      },
      sources = { "T8", "A8", "A1" },
    },

    -- 12 --------------------------------------------------------------
    choice {
      id = "which-serial-number",
      tags = { "marking" },
      prompt = {
        en = "A pistol shows numbers on its barrel, its slide and its frame. "
          .. "Which do you enter as the serial number on a trace request?",
        es = "Una pistola muestra números en el cañón, la corredera y el "
          .. "armazón. ¿Cuál anota como número de serie en una solicitud de "
          .. "rastreo?",
      },
      options = {
        { en = "The longest number, wherever it appears",
          es = "El número más largo, esté donde esté" },
        { en = "The number on the barrel",
          es = "El número del cañón" },
        { en = "The model number, since it is easiest to read",
          es = "El número de modelo, porque es el más fácil de leer" },
        { en = "The serial number on the frame or receiver",
          es = "El número de serie del armazón o receptor" },
      },
      answer = 4,
      explain = {
        en = "The trace request asks for the serial number from the frame or "
          .. "receiver, which is where US law requires it to be. Model and "
          .. "patent numbers must not be confused with the serial number; "
          .. "record the other numbers as additional markings instead.",
        es = "La solicitud de rastreo pide el número de serie del armazón o "
          .. "receptor, que es donde la ley de Estados Unidos exige que esté. "
          .. "No se deben confundir los números de modelo o de patente con el "
          .. "número de serie; los demás números se registran como marcas "
          .. "adicionales.",
      },
      sources = { "A1", "A8", "A17" },
    },

    -- 13 --------------------------------------------------------------
    choice {
      id = "duplicate-serial-numbers",
      tags = { "marking" },
      prompt = {
        en = "Two seized revolvers of the same make carry the same serial "
          .. "number. What is the correct conclusion?",
        es = "Dos revólveres incautados de la misma marca tienen el mismo "
          .. "número de serie. ¿Cuál es la conclusión correcta?",
      },
      options = {
        { en = "One of them is certainly a counterfeit",
          es = "Uno de ellos es, con certeza, una falsificación" },
        { en = "They are the same firearm recorded twice",
          es = "Son la misma arma registrada dos veces" },
        { en = "This can happen; record model and calibre as well",
          es = "Puede ocurrir; registre también el modelo y el calibre" },
        { en = "Serial numbers are of no use for tracing revolvers",
          es = "El número de serie no sirve para rastrear revólveres" },
      },
      answer = 3,
      explain = {
        en = "Duplicate serial numbers occur on different firearms of the same "
          .. "make. That is why a serial number alone is not enough: a trace "
          .. "needs the manufacturer, importer (if any), model, calibre and "
          .. "serial number, and its success relies on their accuracy.",
        es = "Hay números de serie duplicados en armas distintas de la misma "
          .. "marca. Por eso el número de serie por sí solo no basta: un "
          .. "rastreo necesita el fabricante, el importador (si lo hay), el "
          .. "modelo, el calibre y el número de serie, y su éxito depende de la "
          .. "exactitud de esos datos.",
      },
      sources = { "A17", "A6" },
    },

    -- 14 --------------------------------------------------------------
    choice {
      id = "record-other-marks",
      tags = { "marking" },
      prompt = {
        en = "You have noted the serial number from the receiver of a rifle. "
          .. "What else do the ISACS standards ask you to do?",
        es = "Ya anotó el número de serie del receptor de un rifle. ¿Qué más "
          .. "piden las normas ISACS?",
      },
      options = {
        { en = "Nothing; the serial number is sufficient",
          es = "Nada; el número de serie es suficiente" },
        { en = "Record proof, assembly and patent numbers; photograph marks",
          es = "Registrar marcas de prueba, ensamblaje y patente; fotografiarlas" },
        { en = "Record only the manufacturer's name",
          es = "Registrar solo el nombre del fabricante" },
        { en = "Leave all other marks for the laboratory to record",
          es = "Dejar que el laboratorio registre todas las demás marcas" },
      },
      answer = 2,
      explain = {
        en = "ISACS asks you to record proof marks, assembly numbers and patent "
          .. "numbers as well as the serial number, and to photograph the "
          .. "markings. Every identifier you record accurately makes a later "
          .. "trace more likely to succeed.",
        es = "Las ISACS piden registrar las marcas de prueba, los números de "
          .. "ensamblaje y los números de patente, además del número de serie, "
          .. "y fotografiar las marcas. Cada dato de identificación registrado "
          .. "con exactitud aumenta la probabilidad de éxito de un rastreo "
          .. "posterior.",
      },
      sources = { "T8", "A6" },
    },

    -- 15 --------------------------------------------------------------
    truefalse {
      id = "revolver-cylinder-true",
      tags = { "identification" },
      prompt = {
        en = "True or false: a revolver is recognised by its cylinder of chambers, "
          .. "typically five to nine.",
        es = "Verdadero o falso: un revólver se reconoce por su tambor de recámaras, "
          .. "normalmente de cinco a nueve.",
      },
      answer = true,
      explain = {
        en = "True. A revolver has a chambered cylinder, typically with five to nine "
          .. "chambers; in a pistol the chamber is integral with the barrel.",
        es = "Verdadero. El revólver tiene un tambor con recámaras, normalmente de cinco "
          .. "a nueve; en la pistola la recámara forma parte del cañón.",
      },
      sources = { "A5", "U1" },
    },

    -- 16 --------------------------------------------------------------
    truefalse {
      id = "model-number-is-serial-false",
      tags = { "marking" },
      prompt = {
        en = "True or false: the model number stamped on a firearm can be sent as its "
          .. "serial number when the serial number is hard to read.",
        es = "Verdadero o falso: el número de modelo estampado en un arma puede enviarse "
          .. "como número de serie cuando este es difícil de leer.",
      },
      answer = false,
      explain = {
        en = "False. Model and patent numbers must not be confused with serial numbers; "
          .. "the serial number is read from the frame or receiver.",
        es = "Falso. Los números de modelo y de patente no deben confundirse con el número "
          .. "de serie; el número de serie se lee del armazón o receptor.",
      },
      sources = { "A17", "A1" },
    },

    -- 17 --------------------------------------------------------------
    multi {
      id = "essential-parts-select",
      tags = { "identification" },
      prompt = {
        en = "Which of these are essential parts of a firearm under the Firearms "
          .. "Protocol? Tick every one that is.",
        es = "¿Cuáles de estas son partes esenciales de un arma de fuego según el "
          .. "Protocolo sobre Armas de Fuego? Marque todas las que lo sean.",
      },
      options = {
        { en = "Barrel", es = "Cañón" },
        { en = "Frame or receiver", es = "Armazón o receptor" },
        { en = "Sights", es = "Miras" },
        { en = "Slide or cylinder", es = "Corredera o tambor" },
        { en = "Magazine", es = "Cargador" },
      },
      answers = { 1, 2, 4 },
      explain = {
        en = "The Protocol names four essential parts: the barrel, the frame or "
          .. "receiver, the slide or cylinder, and the bolt or breech block. Sights and "
          .. "magazines are not among them.",
        es = "El Protocolo nombra cuatro partes esenciales: el cañón, el armazón o "
          .. "receptor, la corredera o el tambor, y el cerrojo o bloque de cierre. Las "
          .. "miras y los cargadores no están entre ellas.",
      },
      sources = { "U2" },
    },

    -- 18 --------------------------------------------------------------
    text {
      id = "primary-reference-part",
      tags = { "marking" },
      prompt = {
        en = "Type the name of the part that ISACS treats as the primary reference point "
          .. "for identifying a firearm.",
        es = "Escriba el nombre de la parte que ISACS considera el punto de referencia "
          .. "principal para identificar un arma de fuego.",
      },
      answers = {
        { en = "frame or receiver", es = "armazón o receptor" },
        { en = "frame", es = "armazón" },
        { en = "receiver", es = "receptor" },
        { en = "receiver or frame", es = "receptor o armazón" },
      },
      explain = {
        en = "The frame or receiver is the primary reference point; the serial number "
          .. "for a trace is read from it.",
        es = "El armazón o receptor es el punto de referencia principal; de él se lee el "
          .. "número de serie para el rastreo.",
      },
      sources = { "T8", "A1" },
    },

    -- 19 --------------------------------------------------------------
    numeric {
      id = "how-many-essential-parts",
      tags = { "identification" },
      prompt = {
        en = "How many essential parts of a firearm does the Firearms Protocol name? "
          .. "Type the number.",
        es = "¿Cuántas partes esenciales de un arma de fuego nombra el Protocolo sobre "
          .. "Armas de Fuego? Escriba el número.",
      },
      answer = 4,
      explain = {
        en = "Four: the barrel, the frame or receiver, the slide or cylinder, and the "
          .. "bolt or breech block.",
        es = "Cuatro: el cañón, el armazón o receptor, la corredera o el tambor, y el "
          .. "cerrojo o bloque de cierre.",
      },
      sources = { "U2" },
    },

    -- 20 --------------------------------------------------------------
    order {
      id = "first-steps-in-order",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "A firearm is handed to you. Put these steps in the order you take them.",
        es = "Le entregan un arma de fuego. Ordene estos pasos tal como los realiza.",
      },
      items = {
        { en = "Treat it as loaded, muzzle in a safe direction",
          es = "Tratarla como cargada, con la boca del cañón en dirección segura" },
        { en = "Check it and render it safe",
          es = "Revisarla y dejarla en condición segura" },
        { en = "Read and photograph its markings",
          es = "Leer y fotografiar sus marcas" },
      },
      explain = {
        en = "Every firearm is treated as loaded and rendered safe before any other "
          .. "action; only then are its markings read and photographed.",
        es = "Toda arma de fuego se trata como cargada y se deja en condición segura antes "
          .. "de cualquier otra acción; solo entonces se leen y fotografían sus marcas.",
      },
      sources = { "N2", "T8" },
    },

    -- 21 --------------------------------------------------------------
    match {
      id = "categories-and-features",
      tags = { "identification" },
      prompt = {
        en = "Match each category with the feature that identifies it.",
        es = "Empareje cada categoría con la característica que la identifica.",
      },
      pairs = {
        { { en = "Pistol", es = "Pistola" },
          { en = "Chamber integral with the barrel", es = "Recámara integrada al cañón" } },
        { { en = "Revolver", es = "Revólver" },
          { en = "Cylinder of chambers", es = "Tambor de recámaras" } },
        { { en = "Rifle", es = "Rifle (fusil)" },
          { en = "Shoulder-fired, rifled bore", es = "Se dispara desde el hombro, ánima rayada" } },
        { { en = "Shotgun", es = "Escopeta" },
          { en = "Shoulder-fired, smooth bore", es = "Se dispara desde el hombro, ánima lisa" } },
      },
      explain = {
        en = "A pistol's chamber is integral with the barrel; a revolver has a chambered "
          .. "cylinder; rifles and shotguns are both fired from the shoulder, rifled and "
          .. "smooth bore respectively.",
        es = "En la pistola la recámara forma parte del cañón; el revólver tiene un tambor "
          .. "con recámaras; rifles y escopetas se disparan desde el hombro, con ánima rayada "
          .. "y lisa respectivamente.",
      },
      sources = { "A5", "U1" },
    },
  },
}
