-- rastro course, module 1: "Safe handling and evidence"
-- (es: "Manipulación segura y manejo de indicios").
--
-- Built from rastro's sourced domain facts (safety first). Source keys such as N2 or N1 in the
-- page and question `sources` fields refer to entries of this module's `sources` list.
--
-- Safe handling is not traded for marks elsewhere: the questions on it are critical, so the
-- quiz is passed only when every one of them asked is answered right (on its last try).
--
-- Scope: safe handling and the handling of evidence only. Nothing here explains how to make,
-- convert, alter or obliterate a firearm or its markings.

return lesson {
  id = "safe-handling",
  version = 2,
  title = {
    en = "Safe handling and evidence",
    es = "Manipulación segura y manejo de indicios",
  },
  summary = {
    en = "Treat every firearm as loaded; photograph it where it lies; make it safe at the "
      .. "scene while you record its condition; package the ammunition apart; call an expert "
      .. "when in doubt.",
    es = "Trate toda arma como cargada; fotografíela donde está; déjela en condición segura "
      .. "en el lugar mientras registra su estado; embale la munición aparte; llame a un "
      .. "experto si tiene dudas.",
  },
  sources = {
    { key = "N2",  text = "Crime laboratory firearm safety procedure" },
    { key = "N1",  text = "NIJ firearms examiner training, module 15" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "T8",  text = "ISACS 05.31" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80%, and every critical question drawn
  -- answered right, in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    -- 1 ---------------------------------------------------------------
    page {
      title = { en = "Safety first", es = "La seguridad primero" },
      text = {
        en = [[
# Every firearm is loaded

!! Treat every firearm as loaded. Check it and render it safe before any other action, muzzle in a safe direction.

This is the first rule of the crime laboratory, and it holds just as much at a border post, in
a police station or at a customs warehouse. It holds whatever you are told ("it's empty, I
checked") and however the firearm looks.

- Treat every firearm as loaded.
- Check it and render it safe before reading markings, measuring or packaging it.
- Keep the muzzle pointed in a safe direction throughout.

Identification and tracing depend on careful work with the firearm in front of you. That work
begins only once the firearm is safe.]],
        es = [[
# Toda arma está cargada

!! Trate toda arma de fuego como cargada. Revísela y déjela en condición segura antes de cualquier otra acción, con la boca del cañón en una dirección segura.

Es la primera regla del laboratorio de criminalística, y rige igual en un puesto fronterizo,
en una estación de policía o en un depósito aduanero. Rige aunque le digan "está vacía, ya la
revisé" y sea cual sea su apariencia.

- Trate toda arma de fuego como cargada.
- Revísela y déjela en condición segura antes de leer marcas, medirla o embalarla.
- Mantenga siempre la boca del cañón en una dirección segura.

La identificación y el rastreo dependen de un trabajo cuidadoso con el arma que tiene delante.
Ese trabajo comienza solo cuando el arma está en condición segura.]],
      },
      sources = { "N2" },
    },

    -- 2 ---------------------------------------------------------------
    page {
      title = { en = "At the scene: photograph, then touch", es = "En el lugar de los hechos: fotografiar, luego tocar" },
      text = {
        en = [[
At a crime scene the firearm is evidence. Before anyone touches it, it is *photographed where
it lies*: its position and its state are part of what happened, and they change the moment it
is lifted.

Then it is unloaded at the scene, and *while it is unloaded its condition is recorded*:

- the position of the hammer (cocked or down) and of the safety;
- whether there is a round in the chamber;
- the magazine: in place or not, loaded or not;
- in a revolver, which chambers of the cylinder hold a cartridge or a fired case.

These details cannot be recovered later: once the firearm has been made safe, its condition
as found exists only in your notes and photographs.]],
        es = [[
En el lugar de los hechos el arma de fuego es un indicio (elemento material probatorio). Antes
de que nadie la toque, se *fotografía donde está*: su posición y su estado son parte de lo que
ocurrió, y cambian en cuanto se levanta.

Luego se descarga en el lugar, y *mientras se descarga se registra su estado*:

- la posición del martillo (amartillado o abatido) y del seguro;
- si hay un cartucho en la recámara;
- el cargador: puesto o no, con munición o sin ella;
- en un revólver, qué recámaras del tambor tienen un cartucho o una vaina percutida.

Estos datos no se recuperan después: una vez que el arma está en condición segura, su estado
original existe solo en sus notas y fotografías.]],
      },
      sources = { "N1" },
    },

    -- 3 ---------------------------------------------------------------
    page {
      title = { en = "Unloading and the ammunition", es = "La descarga y la munición" },
      text = {
        en = [[
Unload the firearm at the scene, before it is packaged and moved, so that it does not travel
loaded to the next person who handles it.

! If you are not sure how a firearm works or how to unload it, do not improvise: call a firearms instructor, an armourer or a firearms examiner, and keep the muzzle in a safe direction while you wait.

The ammunition you remove is evidence too. Package it *separately* from the firearm and label
it *to the firearm it came from*, so that whoever receives the packages can tell which
ammunition belongs to which firearm.]],
        es = [[
Descargue el arma en el lugar de los hechos, antes de embalarla y trasladarla, para que no
llegue cargada a la siguiente persona que la manipule.

! Si no está seguro de cómo funciona un arma o de cómo descargarla, no improvise: llame a un instructor de armas de fuego, a un armero o a un perito en balística, y mantenga la boca del cañón en una dirección segura mientras espera.

La munición que retire también es un indicio. Embálela *por separado* del arma y rotúlela *con
referencia al arma de la que proviene*, para que quien reciba los embalajes sepa qué munición
corresponde a qué arma.]],
      },
      sources = { "N1", "N2" },
    },

    -- 4 ---------------------------------------------------------------
    page {
      title = { en = "Never into the barrel", es = "Nada dentro del cañón" },
      text = {
        en = [[
!! Never pick a firearm up by pushing a pencil or any other object into the barrel.

However much it seems to spare fingerprints, it is not done: the firearm, perhaps still
loaded, hangs with its muzzle pointing wherever it swings, never in a safe direction.

Once the firearm is safe, the identification work of the next modules can begin: the category
and the action, the parts, and the markings, read from the firearm itself and photographed.]],
        es = [[
!! Nunca levante un arma de fuego introduciendo un lápiz u otro objeto en el cañón.

Por mucho que parezca evitar huellas, no se hace: el arma, quizá todavía cargada, queda
colgando con la boca del cañón hacia donde oscile, nunca en una dirección segura.

Con el arma en condición segura empieza el trabajo de identificación de los módulos
siguientes: la categoría y el mecanismo de funcionamiento, las piezas y las marcas, leídas en
el arma misma y fotografiadas.]],
      },
      sources = { "A17", "T8" },
    },
  },

  quiz = {
    -- 1 ---------------------------------------------------------------
    choice {
      id = "treat-as-loaded",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "A colleague hands you a seized pistol and says it is already unloaded. What do "
          .. "you do first?",
        es = "Un colega le entrega una pistola incautada y le dice que ya está descargada. "
          .. "¿Qué hace primero?",
      },
      options = {
        { en = "Accept it and start reading the markings",
          es = "Aceptarla y empezar a leer las marcas" },
        { en = "Treat it as loaded, check it and render it safe",
          es = "Tratarla como cargada, revisarla y dejarla en condición segura" },
        { en = "Photograph its markings now and check it later at the laboratory",
          es = "Fotografiar ahora sus marcas y revisarla después en el laboratorio" },
        { en = "Ask the colleague to sign a note saying it is unloaded",
          es = "Pedir al colega que firme una constancia de que está descargada" },
      },
      answer = 2,
      explain = {
        en = "Every firearm is treated as loaded, whatever you are told: you check it and "
          .. "render it safe before any other action, muzzle in a safe direction. Markings come "
          .. "afterwards, and a signed note does not make a firearm safe.",
        es = "Toda arma se trata como cargada, le digan lo que le digan: se revisa y se deja en "
          .. "condición segura antes de cualquier otra acción, con la boca del cañón en una "
          .. "dirección segura. Las marcas vienen después, y una constancia firmada no vuelve "
          .. "segura un arma.",
      },
      sources = { "N2" },
    },

    -- 2 ---------------------------------------------------------------
    choice {
      id = "no-pencil-in-barrel",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "To avoid leaving fingerprints on a revolver found at a scene, a colleague "
          .. "proposes lifting it by a pencil pushed into the barrel. What is the correct "
          .. "response?",
        es = "Para no dejar huellas en un revólver hallado en el lugar de los hechos, un colega "
          .. "propone levantarlo con un lápiz introducido en el cañón. ¿Cuál es la respuesta "
          .. "correcta?",
      },
      options = {
        { en = "Agree, as long as the pencil is new and clean",
          es = "Aceptar, siempre que el lápiz sea nuevo y esté limpio" },
        { en = "Agree, but use a metal rod instead",
          es = "Aceptar, pero usar una varilla metálica" },
        { en = "Agree, if the muzzle points at the floor",
          es = "Aceptar, si la boca apunta al suelo" },
        { en = "Refuse: nothing goes into the bore",
          es = "Negarse: nada entra en el ánima" },
      },
      answer = 4,
      explain = {
        en = "The rule has no exceptions: a firearm is never picked up by pushing a pencil or "
          .. "any other object into the barrel, whatever the object. Photograph the revolver "
          .. "where it lies, treat it as loaded and render it safe.",
        es = "La regla no tiene excepciones: nunca se levanta un arma introduciendo un lápiz u "
          .. "otro objeto en el cañón, sea cual sea el objeto. Fotografíe el revólver donde "
          .. "está, trátelo como cargado y déjelo en condición segura.",
      },
      sources = { "A17", "N1", "N2" },
    },

    -- 3 ---------------------------------------------------------------
    choice {
      id = "ammunition-separate",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "You have unloaded a pistol at the scene. What do you do with the cartridges you "
          .. "removed?",
        es = "Usted descargó una pistola en el lugar de los hechos. ¿Qué hace con los cartuchos "
          .. "que retiró?",
      },
      options = {
        { en = "Package them apart, labelled to the pistol",
          es = "Embalarlos aparte, rotulados con referencia a la pistola" },
        { en = "Put them back in the pistol's magazine for transport",
          es = "Volver a colocarlos en el cargador de la pistola para el traslado" },
        { en = "Combine them with the other ammunition found at the scene",
          es = "Juntarlos con la otra munición hallada en el lugar" },
        { en = "Put them loose in the same bag as the pistol",
          es = "Ponerlos sueltos en la misma bolsa que la pistola" },
      },
      answer = 1,
      explain = {
        en = "Removed ammunition is packaged separately from the firearm and labelled to the "
          .. "firearm it came from. Reloading the magazine undoes the unloading; mixing it with "
          .. "other ammunition loses the link to the pistol; loose in the pistol's bag it is "
          .. "neither separate nor safe.",
        es = "La munición retirada se embala por separado del arma y se rotula con referencia al "
          .. "arma de la que proviene. Volver a cargar el cargador deshace la descarga; juntarla "
          .. "con otra munición pierde el vínculo con la pistola; suelta en la bolsa de la "
          .. "pistola no queda separada ni segura.",
      },
      sources = { "N1" },
    },

    -- 4 ---------------------------------------------------------------
    choice {
      id = "in-doubt-ask",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "At a scene you find a firearm of a model you have never seen, and you are not "
          .. "sure how to unload it. What should you do?",
        es = "En el lugar de los hechos encuentra un arma de un modelo que nunca ha visto y no "
          .. "sabe bien cómo descargarla. ¿Qué debe hacer?",
      },
      options = {
        { en = "Try the controls one by one until it opens",
          es = "Probar los mandos uno por uno hasta que se abra" },
        { en = "Transport it loaded and unload it at the station",
          es = "Trasladarla cargada y descargarla en la estación" },
        { en = "Call a firearms instructor, armourer or examiner",
          es = "Llamar a un instructor de armas, un armero o un perito en balística" },
        { en = "Ask the person it was seized from to show how it unloads",
          es = "Pedir a la persona a quien se le incautó que muestre cómo se descarga" },
      },
      answer = 3,
      explain = {
        en = "If in doubt, call a firearms instructor, an armourer or a firearms examiner, and "
          .. "keep the muzzle in a safe direction. Firearms are unloaded at the scene, so moving "
          .. "it loaded is wrong; trial and error is not safe handling; and the suspect does "
          .. "not handle the evidence.",
        es = "Si tiene dudas, llame a un instructor de armas de fuego, a un armero o a un perito "
          .. "en balística, y mantenga la boca del cañón en una dirección segura. Las armas se "
          .. "descargan en el lugar, así que trasladarla cargada es un error; probar a ciegas no "
          .. "es una manipulación segura; y el sospechoso no manipula los indicios.",
      },
      sources = { "N1", "N2" },
    },

    -- 5 ---------------------------------------------------------------
    choice {
      id = "photograph-where-it-lies",
      tags = { "safe-handling" },
      prompt = {
        en = "You arrive at a scene: on the floor, beside a chair, there is a revolver. Nobody "
          .. "has touched it. What is done first?",
        es = "Llega al lugar de los hechos: en el suelo, junto a una silla, hay un revólver. "
          .. "Nadie lo ha tocado. ¿Qué se hace primero?",
      },
      options = {
        { en = "Unload it, then photograph it on a table",
          es = "Descargarlo y luego fotografiarlo sobre una mesa" },
        { en = "Photograph it where it lies",
          es = "Fotografiarlo donde está" },
        { en = "Put it straight into an evidence bag",
          es = "Meterlo directamente en una bolsa de indicios" },
        { en = "Read its serial number over the radio for a check",
          es = "Leer su número de serie por radio para una consulta" },
      },
      answer = 2,
      explain = {
        en = "At a crime scene the firearm is first photographed where it lies, before it is "
          .. "touched; then it is made safe at the scene, its condition recorded as it is "
          .. "unloaded. Unloading first loses its position; bagging it loaded is unsafe; "
          .. "reading its serial number means handling it.",
        es = "En el lugar de los hechos el arma se fotografía primero donde está, antes de "
          .. "tocarla; luego se deja en condición segura en el lugar, registrando su estado "
          .. "mientras se descarga. Descargarla primero pierde su posición; embalarla cargada "
          .. "no es seguro; leer su número de serie supone manipularla.",
      },
      sources = { "N1" },
    },

    -- 6 ---------------------------------------------------------------
    multi {
      id = "condition-to-record",
      tags = { "safe-handling" },
      prompt = {
        en = "While you unload a revolver found at a scene, which of these do you record as "
          .. "its condition? Tick each one.",
        es = "Mientras descarga un revólver hallado en el lugar de los hechos, ¿cuáles de estos "
          .. "datos registra como su estado? Marque cada uno.",
      },
      options = {
        { en = "Whether the hammer is cocked or down", es = "Si el martillo está amartillado o abatido" },
        { en = "Which chambers hold a cartridge or a fired case", es = "Qué recámaras tienen un cartucho o una vaina percutida" },
        { en = "The colour of the grips", es = "El color de las cachas" },
        { en = "The position of the safety, if it has one", es = "La posición del seguro, si lo tiene" },
        { en = "The name of the owner the neighbours give", es = "El nombre del dueño que dan los vecinos" },
      },
      answers = { 1, 2, 4 },
      explain = {
        en = "The condition is the state the firearm was found in: hammer and safety position, "
          .. "and which chambers of the cylinder are loaded (in a pistol, a round in the chamber "
          .. "and the magazine). It is recorded while the firearm is unloaded, because making it "
          .. "safe changes it. Grip colour describes the firearm, not its condition; what "
          .. "neighbours say goes in the report, not in the condition.",
        es = "El estado es la condición en que se halló el arma: posición del martillo y del "
          .. "seguro, y qué recámaras del tambor están cargadas (en una pistola, un cartucho en "
          .. "la recámara y el cargador). Se registra mientras se descarga, porque dejarla en "
          .. "condición segura lo cambia. El color de las cachas describe el arma, no su estado; "
          .. "lo que dicen los vecinos va en el informe, no en el estado.",
      },
      sources = { "N1" },
    },

    -- 7 ---------------------------------------------------------------
    order {
      id = "scene-steps-in-order",
      tags = { "safe-handling" },
      prompt = {
        en = "A pistol lies on the ground at a scene. Put these steps in the order they are "
          .. "taken.",
        es = "Hay una pistola en el suelo en el lugar de los hechos. Ordene estos pasos tal como "
          .. "se realizan.",
      },
      items = {
        { en = "Photograph it where it lies", es = "Fotografiarla donde está" },
        { en = "Unload it, recording its condition", es = "Descargarla, registrando su estado" },
        { en = "Package the cartridges apart, labelled to it", es = "Embalar los cartuchos aparte, rotulados con referencia a ella" },
        { en = "Read and photograph its markings", es = "Leer y fotografiar sus marcas" },
      },
      explain = {
        en = "Photograph first, before it is touched; then make it safe at the scene, recording "
          .. "its condition as you unload it; package the removed ammunition separately, "
          .. "labelled to the firearm; only then read and photograph the markings.",
        es = "Primero la fotografía, antes de tocarla; luego dejarla en condición segura en el "
          .. "lugar, registrando su estado mientras se descarga; embalar aparte la munición "
          .. "retirada, rotulada con referencia al arma; solo entonces leer y fotografiar las "
          .. "marcas.",
      },
      sources = { "N1", "N2", "T8" },
    },

    -- 8 ---------------------------------------------------------------
    truefalse {
      id = "checked-by-colleague",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "True or false: a rifle that a senior colleague has just checked may be handled "
          .. "as unloaded.",
        es = "Verdadero o falso: un fusil que un colega de mayor rango acaba de revisar puede "
          .. "manipularse como descargado.",
      },
      answer = false,
      explain = {
        en = "False. Every firearm is treated as loaded, whoever checked it before: you check it "
          .. "yourself and render it safe before any other action.",
        es = "Falso. Toda arma se trata como cargada, sea quien sea quien la revisó antes: usted "
          .. "mismo la revisa y la deja en condición segura antes de cualquier otra acción.",
      },
      sources = { "N2" },
    },

    -- 9 ---------------------------------------------------------------
    truefalse {
      id = "magazine-out-not-enough",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "True or false: once the magazine is out of a pistol, the pistol is unloaded.",
        es = "Verdadero o falso: una vez retirado el cargador de una pistola, la pistola está "
          .. "descargada.",
      },
      answer = false,
      explain = {
        en = "False. A round can still be in the chamber: the magazine and the chamber are two "
          .. "separate things to check, and to record, when a pistol is made safe.",
        es = "Falso. Puede quedar un cartucho en la recámara: el cargador y la recámara son dos "
          .. "cosas distintas que se revisan, y se registran, al dejar una pistola en condición "
          .. "segura.",
      },
      sources = { "N1", "N2" },
    },

    -- 10 --------------------------------------------------------------
    choice {
      id = "where-to-unload",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "Where is a firearm found at a scene unloaded?",
        es = "¿Dónde se descarga un arma hallada en el lugar de los hechos?",
      },
      options = {
        { en = "At the laboratory, so that the examiner sees it as found",
          es = "En el laboratorio, para que el perito la vea tal como se halló" },
        { en = "Right there, before it is packaged",
          es = "Allí mismo, antes de embalarla" },
        { en = "At the police station, in the evidence room",
          es = "En la estación de policía, en la sala de indicios" },
      },
      answer = 2,
      explain = {
        en = "It is unloaded at the scene, before it is packaged and moved, so that it never "
          .. "travels loaded. Its condition as found is kept by recording it while it is "
          .. "unloaded, and by the photographs taken before it was touched.",
        es = "Se descarga en el lugar, antes de embalarla y trasladarla, para que nunca viaje "
          .. "cargada. Su estado original se conserva registrándolo mientras se descarga, y con "
          .. "las fotografías tomadas antes de tocarla.",
      },
      sources = { "N1" },
    },

    -- 11 --------------------------------------------------------------
    choice {
      id = "when-condition-recorded",
      tags = { "safe-handling" },
      prompt = {
        en = "When is the position of the hammer and of the safety recorded?",
        es = "¿Cuándo se registra la posición del martillo y del seguro?",
      },
      options = {
        { en = "At the laboratory, when the packaging is opened",
          es = "En el laboratorio, al abrir el embalaje" },
        { en = "As the firearm is unloaded at the scene",
          es = "Mientras se descarga el arma en el lugar" },
        { en = "Only if the firearm was fired in the incident",
          es = "Solo si el arma se disparó en el hecho" },
        { en = "When the trace request is filled in",
          es = "Al llenar la solicitud de rastreo" },
      },
      answer = 2,
      explain = {
        en = "The condition is recorded while the firearm is unloaded: unloading and transport "
          .. "change it, so by the laboratory or the trace request it is gone. It matters "
          .. "whether or not the firearm was fired.",
        es = "El estado se registra mientras se descarga el arma: la descarga y el traslado lo "
          .. "cambian, así que en el laboratorio o al llenar la solicitud de rastreo ya no "
          .. "existe. Se registra tanto si el arma se disparó como si no.",
      },
      sources = { "N1" },
    },

    -- 12 --------------------------------------------------------------
    multi {
      id = "who-to-call",
      tags = { "safe-handling" },
      prompt = {
        en = "You are not sure how to unload a firearm at a scene. Whom may you call? Tick each "
          .. "one.",
        es = "No está seguro de cómo descargar un arma en el lugar de los hechos. ¿A quién "
          .. "puede llamar? Marque cada uno.",
      },
      options = {
        { en = "A firearms instructor", es = "Un instructor de armas de fuego" },
        { en = "The person the firearm was seized from", es = "La persona a quien se le incautó el arma" },
        { en = "An armourer", es = "Un armero" },
        { en = "A firearms examiner", es = "Un perito en balística" },
        { en = "A gun shop employee who happens to be nearby", es = "Un empleado de una armería que esté cerca" },
      },
      answers = { 1, 3, 4 },
      explain = {
        en = "If in doubt, call a firearms instructor, an armourer or a firearms examiner. The "
          .. "person the firearm was seized from and a bystander, however knowledgeable, do not "
          .. "handle evidence.",
        es = "Si tiene dudas, llame a un instructor de armas de fuego, a un armero o a un perito "
          .. "en balística. La persona a quien se le incautó el arma y un tercero, por mucho que "
          .. "sepa, no manipulan indicios.",
      },
      sources = { "N1" },
    },

    -- 13 --------------------------------------------------------------
    truefalse {
      id = "gloves-and-pencil",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "True or false: a pen pushed into the barrel is an acceptable way to lift a pistol "
          .. "once the pistol has been unloaded.",
        es = "Verdadero o falso: un bolígrafo introducido en el cañón es una forma aceptable de "
          .. "levantar una pistola una vez descargada.",
      },
      answer = false,
      explain = {
        en = "False. Never pick a firearm up by pushing a pencil or any other object into the "
          .. "barrel, loaded or not.",
        es = "Falso. Nunca se levanta un arma introduciendo un lápiz u otro objeto en el cañón, "
          .. "esté cargada o no.",
      },
      sources = { "A17" },
    },

    -- 14 --------------------------------------------------------------
    match {
      id = "situation-and-action",
      tags = { "safe-handling" },
      prompt = {
        en = "Match each situation with what is done.",
        es = "Empareje cada situación con lo que se hace.",
      },
      pairs = {
        { { en = "A firearm lies untouched at a scene", es = "Un arma está intacta en el lugar de los hechos" },
          { en = "Photograph it where it lies", es = "Fotografiarla donde está" } },
        { { en = "You do not know how to unload it", es = "No sabe cómo descargarla" },
          { en = "Call an instructor, armourer or examiner", es = "Llamar a un instructor, armero o perito" } },
        { { en = "Cartridges removed from it", es = "Cartuchos retirados de ella" },
          { en = "Package apart, labelled to the firearm", es = "Embalarlos aparte, rotulados con referencia al arma" } },
        { { en = "It is handed to you as unloaded", es = "Se la entregan como descargada" },
          { en = "Treat it as loaded and check it", es = "Tratarla como cargada y revisarla" } },
      },
      explain = {
        en = "Photograph before touching; call an expert when in doubt; package removed "
          .. "ammunition separately, labelled to the firearm; and treat every firearm as loaded, "
          .. "whatever you are told.",
        es = "Fotografiar antes de tocar; llamar a un experto si hay dudas; embalar aparte la "
          .. "munición retirada, rotulada con referencia al arma; y tratar toda arma como "
          .. "cargada, le digan lo que le digan.",
      },
      sources = { "N1", "N2" },
    },

    -- 15 --------------------------------------------------------------
    text {
      id = "expert-to-call",
      tags = { "safe-handling" },
      prompt = {
        en = "Name one specialist you call when you are not sure how to unload a firearm.",
        es = "Nombre un especialista al que llama cuando no está seguro de cómo descargar un "
          .. "arma.",
      },
      answers = {
        { en = "firearms examiner", es = "perito en balística" },
        { en = "examiner", es = "perito" },
        { en = "firearms instructor", es = "instructor de armas de fuego" },
        { en = "instructor", es = "instructor de armas" },
        { en = "armourer", es = "armero" },
        "armorer",
        "perito balístico",
        "perito en armas de fuego",
        "perito balistico forense",
        "perito en balística forense",
        "balístico",
        "instructor de tiro",
        "firearm examiner",
        "firearms expert",
        "ballistics expert",
        "firearm instructor",
        "firearms armourer",
        "experto en balística",
        "experto en armas de fuego",
        "perito en armas",
        "perita en balística",
        "instructora de armas de fuego",
        "armera",
      },
      explain = {
        en = "A firearms instructor, an armourer or a firearms examiner (perito en balística): "
          .. "any of them can make the firearm safe. Until they arrive, keep the muzzle in a "
          .. "safe direction.",
        es = "Un instructor de armas de fuego, un armero o un perito en balística: cualquiera "
          .. "de ellos puede dejar el arma en condición segura. Mientras llega, mantenga la boca "
          .. "del cañón en una dirección segura.",
      },
      sources = { "N1" },
    },

    -- 16 --------------------------------------------------------------
    choice {
      id = "muzzle-while-checking",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "You are checking a shotgun handed in at a customs post. Where does its muzzle "
          .. "point while you check it?",
        es = "Revisa una escopeta entregada en un puesto aduanero. ¿Hacia dónde apunta la boca "
          .. "del cañón mientras la revisa?",
      },
      options = {
        { en = "Towards the counter, so the traveller can see it",
          es = "Hacia el mostrador, para que el viajero la vea" },
        { en = "Wherever is easiest, since you are about to unload it",
          es = "Hacia donde resulte más cómodo, ya que la va a descargar" },
        { en = "In a safe direction, away from everyone",
          es = "En una dirección segura, lejos de todos" },
      },
      answer = 3,
      explain = {
        en = "The muzzle points in a safe direction throughout, from the moment you take the "
          .. "firearm until it is safe and beyond: it is treated as loaded until you have "
          .. "checked it.",
        es = "La boca del cañón apunta siempre en una dirección segura, desde que toma el arma "
          .. "hasta que está en condición segura y después: se trata como cargada hasta que "
          .. "usted la ha revisado.",
      },
      sources = { "N2" },
    },

    -- 17 --------------------------------------------------------------
    choice {
      id = "why-record-condition",
      tags = { "safe-handling" },
      prompt = {
        en = "Why is a firearm's condition recorded at the scene rather than later?",
        es = "¿Por qué se registra el estado de un arma en el lugar y no después?",
      },
      options = {
        { en = "Unloading and moving it alter what was found",
          es = "La descarga y el traslado alteran lo que se encontró" },
        { en = "The laboratory does not accept firearms that are unloaded",
          es = "El laboratorio no acepta armas descargadas" },
        { en = "The serial number can only be read at the scene",
          es = "El número de serie solo puede leerse en el lugar" },
      },
      answer = 1,
      explain = {
        en = "Making the firearm safe changes the hammer, the chamber, the magazine and the "
          .. "cylinder: their state as found is kept only if it is recorded while the firearm is "
          .. "unloaded. Firearms travel unloaded; markings are read later too.",
        es = "Dejar el arma en condición segura cambia el martillo, la recámara, el cargador y el "
          .. "tambor: su estado original se conserva solo si se registra mientras se descarga. "
          .. "Las armas viajan descargadas; las marcas también se leen después.",
      },
      sources = { "N1" },
    },

    -- 18 --------------------------------------------------------------
    -- Grid 8 x 9 (cells 100 x 50 pixels): the hammer lies in C2, its spur's tip in B2.
    locate {
      id = "point-at-hammer",
      tags = { "safe-handling" },
      prompt = {
        en = "As you unload this revolver you record the position of its hammer. Point at the "
          .. "hammer.",
        es = "Mientras descarga este revólver registra la posición de su martillo. Señale el "
          .. "martillo.",
      },
      image = {
        file = "02-revolver-plain.png",
        caption = { en = "A revolver, side view, muzzle to the right", es = "Un revólver visto de costado, boca del cañón a la derecha" },
        alt = {
          en = "A revolver seen from the side, muzzle to the right, with no words. A yellow frame "
            .. "runs from the top left down to the grip at the bottom left, with the trigger "
            .. "guard in the middle; a grey fluted cylinder sits in the upper middle of the frame; "
            .. "at the top left, behind the cylinder, a grey spur rises up and back from the "
            .. "frame; a long grey barrel runs to the right.",
          es = "Un revólver visto de costado, boca del cañón a la derecha, sin palabras. Un "
            .. "armazón amarillo va de arriba a la izquierda hasta la empuñadura, abajo a la "
            .. "izquierda, con el guardamonte en el medio; un tambor gris acanalado ocupa la parte "
            .. "alta central del armazón; arriba a la izquierda, detrás del tambor, una espuela "
            .. "gris se eleva hacia arriba y atrás desde el armazón; un cañón gris largo sale "
            .. "hacia la derecha.",
        },
      },
      grid = { 8, 9 },
      regions = {
        { x = 186, y = 66, w = 58, h = 48 },  -- the hammer
        { x = 186, y = 62, w = 14, h = 20 },  -- the tip of its spur
      },
      explain = {
        en = "The hammer is the spur at the rear top of the frame, behind the cylinder. Record "
          .. "whether it is cocked or down as you unload, with the safety and the chambers.",
        es = "El martillo es la espuela en la parte trasera superior del armazón, detrás del "
          .. "tambor. Registre si está amartillado o abatido mientras descarga, con el seguro y "
          .. "las recámaras.",
      },
      sources = { "N1" },
    },

    -- 19 --------------------------------------------------------------
    choice {
      id = "declared-unloaded-at-customs",
      tags = { "safe-handling" },
      critical = true,
      prompt = {
        en = "At a border post a traveller declares a shotgun in a locked case and says it is "
          .. "unloaded. Before you examine it, what do you do?",
        es = "En un puesto fronterizo un viajero declara una escopeta en un estuche cerrado con "
          .. "llave y dice que está descargada. Antes de examinarla, ¿qué hace?",
      },
      options = {
        { en = "Take the declaration as it is, since the case was locked",
          es = "Aceptar la declaración, ya que el estuche estaba cerrado con llave" },
        { en = "Check it yourself, muzzle in a safe direction",
          es = "Revisarla usted mismo, con la boca del cañón en dirección segura" },
        { en = "Have the traveller open the action and show it to you",
          es = "Pedir al viajero que abra el mecanismo y se la muestre" },
      },
      answer = 2,
      explain = {
        en = "Every firearm is treated as loaded, whatever you are told: you check it and render "
          .. "it safe yourself, muzzle in a safe direction, before any other action.",
        es = "Toda arma se trata como cargada, le digan lo que le digan: usted mismo la revisa y "
          .. "la deja en condición segura, con la boca del cañón en dirección segura, antes de "
          .. "cualquier otra acción.",
      },
      sources = { "N2" },
    },
  },
}
