-- Example from content/README.md ("Passing"): safe handling at a scene, where two questions
-- must be answered right for the quiz to pass, whatever the score, and the questions tagged
-- "scene" need a pass mark of their own; a practice quiz and an exam drawn from the same
-- questions, of which only the exam passes the module.
-- Facts: rastro's sourced domain facts, keys N1, N2 and A17.
-- Scope: safe handling and the handling of evidence only.
return lesson {
  id = "example-must-be-right",
  version = 1,
  title = { en = "Safe handling at the scene", es = "Manipulación segura en el lugar de los hechos" },
  summary = {
    en = "What comes first with a firearm found at a scene. Some answers must be right to pass.",
    es = "Qué va primero con un arma hallada en el lugar de los hechos. Algunas respuestas deben ser correctas para aprobar.",
  },
  sources = {
    { key = "N1", text = "NIJ firearms examiner training, module 15" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
  },

  -- Passed at 70% overall, with the questions tagged "scene" at 75% of their marks or more, and
  -- every question marked critical answered right (on its last try).
  practice = { retries = 1, penalty = 0.5, pass = 70, pass_by_tag = { scene = 75 } },
  -- The exam decides whether the module is passed: 80% overall, "scene" at 75%, the critical
  -- questions right, in 10 minutes, 3 attempts at most. The practice quiz above passes nothing.
  exam = { time_limit = 600, attempts = 3, pass = 80, pass_by_tag = { scene = 75 } },

  pages = {
    page {
      title = { en = "Safety first", es = "La seguridad primero" },
      text = {
        en = [[
!! Treat every firearm as loaded. Check it and render it safe before any other action, muzzle in a safe direction.

At a crime scene the firearm is first photographed where it lies, before it is touched.

- Unload it at the scene; if in doubt, call a firearms instructor, armourer or examiner.
- While it is unloaded, record its condition: hammer and safety position, a round in the
  chamber, the magazine.
- Package the ammunition removed separately, labelled to the firearm.
- *Never* pick a firearm up by pushing a pencil or other object into the barrel.]],
        es = [[
!! Trate toda arma de fuego como cargada. Revísela y déjela en condición segura antes de cualquier otra acción, con la boca del cañón en una dirección segura.

En el lugar de los hechos, el arma se fotografía primero donde está, antes de tocarla.

- Descárguela en el lugar; si tiene dudas, llame a un instructor de armas de fuego, un armero o
  un perito.
- Mientras la descarga, registre su estado: posición del martillo y del seguro, un cartucho en la
  recámara, el cargador.
- Embale por separado la munición retirada, rotulada con referencia al arma.
- *Nunca* levante un arma de fuego introduciendo un lápiz u otro objeto en el cañón.]],
      },
      sources = { "N2", "N1", "A17" },
    },
  },

  quiz = {
    choice {
      id = "treat-as-loaded",
      prompt = {
        en = "A colleague hands you a pistol and says it is unloaded. What do you do first?",
        es = "Un colega le entrega una pistola y le dice que está descargada. ¿Qué hace primero?",
      },
      options = {
        { en = "Read its markings, since it has been checked", es = "Leer sus marcas, ya que fue revisada" },
        { en = "Treat it as loaded and make it safe", es = "Tratarla como cargada y dejarla en condición segura" },
        { en = "Package it at once for the laboratory to check", es = "Embalarla de inmediato para que la revise el laboratorio" },
      },
      answer = 2,
      explain = {
        en = "Every firearm is treated as loaded, whatever you are told, and rendered safe before any other action.",
        es = "Toda arma de fuego se trata como cargada, sin importar lo que le digan, y se deja en condición segura antes de cualquier otra acción.",
      },
      sources = { "N2" },
      tags = { "safe-handling" },
      -- Must be answered right for the quiz to pass, whatever the score.
      critical = true,
    },
    truefalse {
      id = "pencil-in-barrel",
      prompt = {
        en = "True or false: to avoid touching a firearm, you may lift it by a pencil pushed into the barrel.",
        es = "Verdadero o falso: para no tocar un arma de fuego, puede levantarla con un lápiz introducido en el cañón.",
      },
      answer = false,
      explain = {
        en = "False: never pick a firearm up by pushing a pencil or other object into the barrel.",
        es = "Falso: nunca levante un arma de fuego introduciendo un lápiz u otro objeto en el cañón.",
      },
      sources = { "A17" },
      tags = { "safe-handling" },
      critical = true,
    },
    choice {
      id = "photograph-first",
      prompt = {
        en = "At a crime scene, what is done with a firearm before it is touched?",
        es = "En el lugar de los hechos, ¿qué se hace con un arma de fuego antes de tocarla?",
      },
      options = {
        { en = "It is photographed where it lies", es = "Se fotografía donde está" },
        { en = "Its serial number is read for a records check", es = "Se lee su número de serie para consultar los registros" },
        { en = "It is unloaded, then photographed on a table", es = "Se descarga y luego se fotografía sobre una mesa" },
      },
      answer = 1,
      explain = {
        en = "The firearm is first photographed where it lies, before it is touched.",
        es = "El arma se fotografía primero donde está, antes de tocarla.",
      },
      sources = { "N1" },
      tags = { "scene" },
    },
    truefalse {
      id = "record-condition",
      prompt = {
        en = "True or false: while a firearm is unloaded at the scene, its condition is recorded, such as the hammer and safety position and a round in the chamber.",
        es = "Verdadero o falso: mientras se descarga un arma en el lugar de los hechos, se registra su estado, como la posición del martillo y del seguro y un cartucho en la recámara.",
      },
      answer = true,
      explain = {
        en = "True: the hammer and safety position, a round in the chamber, the magazine, and which chambers of a cylinder are loaded.",
        es = "Verdadero: la posición del martillo y del seguro, un cartucho en la recámara, el cargador, y qué recámaras de un tambor están cargadas.",
      },
      sources = { "N1" },
      tags = { "scene" },
    },
    choice {
      id = "ammunition-removed",
      prompt = {
        en = "What is done with the ammunition removed from a firearm at the scene?",
        es = "¿Qué se hace con la munición retirada de un arma en el lugar de los hechos?",
      },
      options = {
        { en = "It is put back in the firearm's magazine for transport", es = "Se vuelve a colocar en el cargador del arma para el traslado" },
        { en = "It is packaged separately, labelled to the firearm", es = "Se embala por separado, rotulada con referencia al arma" },
        { en = "It is mixed with the other ammunition found at the scene", es = "Se junta con la otra munición hallada en el lugar" },
      },
      answer = 2,
      explain = {
        en = "Removed ammunition is packaged separately and labelled to the firearm it came from.",
        es = "La munición retirada se embala por separado y se rotula con referencia al arma de la que proviene.",
      },
      sources = { "N1" },
      tags = { "scene" },
    },
    choice {
      id = "in-doubt",
      prompt = {
        en = "You are not sure how to unload a firearm found at a scene. What do you do?",
        es = "No está seguro de cómo descargar un arma hallada en el lugar de los hechos. ¿Qué hace?",
      },
      options = {
        { en = "Call a firearms instructor, armourer or examiner", es = "Llamar a un instructor de armas de fuego, un armero o un perito" },
        { en = "Try each control in turn, muzzle down, until it opens", es = "Probar cada mando, con la boca hacia el suelo, hasta que se abra" },
        { en = "Take it to the station loaded and unload it there", es = "Llevarla cargada a la estación y descargarla allí" },
      },
      answer = 1,
      explain = {
        en = "If in doubt, call a firearms instructor, armourer or examiner; firearms are unloaded at the scene.",
        es = "Si tiene dudas, llame a un instructor de armas de fuego, un armero o un perito; las armas se descargan en el lugar de los hechos.",
      },
      sources = { "N1" },
      tags = { "scene" },
    },
  },
}
