-- Example from content/README.md ("Pages"): page markup, a picture, and a lesson that branches on
-- the trainee's choice and joins again.
-- Facts: rastro's sourced domain facts, keys N1, N2, A1, A17, T8, I1, S1 and S5.
-- Scope: safe handling, identification and tracing. The page on obliterated serial numbers
-- says only how to recognise and hand on such evidence: restoration is a laboratory task.
return lesson {
  id = "example-branching",
  version = 1,
  title = { en = "A recovered firearm: first steps", es = "Un arma recuperada: primeros pasos" },
  summary = {
    en = "From a safe firearm to a trace request, with or without a readable serial number.",
    es = "De un arma en condición segura a una solicitud de rastreo, con o sin número de serie legible.",
  },
  sources = {
    { key = "N1", text = "NIJ firearms examiner training, module 15" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "I1", text = "interpol.int, INTERPOL Firearms Reference Table" },
    { key = "S1", text = "Iowa DCI crime lab, serial number restoration" },
    { key = "S5", text = "firearms identification notes (restoration)" },
  },

  pages = {
    page {
      id = "safe-first",
      title = { en = "Safety first", es = "La seguridad primero" },
      text = {
        en = [[
# Before anything else

!! Treat every firearm as loaded. Check it and render it safe, muzzle in a safe direction.

- Unload it at the scene; if in doubt, call a firearms instructor, armourer or examiner.
- Package the ammunition removed separately, labelled to the firearm.
- *Never* pick a firearm up by pushing a pencil or other object into the barrel.

Now look at the frame or receiver. Can you read the serial number?]],
        es = [[
# Antes que nada

!! Trate toda arma como cargada. Revísela y déjela en condición segura, con la boca del cañón en una dirección segura.

- Descárguela en el lugar; si tiene dudas, llame a un instructor de tiro, armero o perito.
- Embale aparte la munición retirada, etiquetada con referencia al arma.
- *Nunca* levante un arma introduciendo un lápiz u otro objeto en el cañón.

Ahora mire el armazón o receptor. ¿Puede leer el número de serie?]],
      },
      image = {
        file = { en = "pistol_en.png", es = "pistol_es.png" },
        caption = { en = "Callout 1: the serial number on the frame", es = "Llamada 1: el número de serie en el armazón" },
        alt = {
          en = "Side view of a pistol: the slide on top, the frame below; callout 1 marks the serial number on the side of the frame, under the slide.",
          es = "Vista lateral de una pistola: la corredera arriba, el armazón abajo; la llamada 1 marca el número de serie en el costado del armazón, bajo la corredera.",
        },
      },
      choices = {
        { label = { en = "Yes, it is readable", es = "Sí, es legible" }, go = "record" },
        { label = { en = "No, it has been obliterated", es = "No, está borrado" }, go = "obliterated" },
      },
      sources = { "N2", "N1", "A17" },
    },

    page {
      id = "record",
      title = { en = "Record the identifiers", es = "Registre los identificadores" },
      text = {
        en = [[
Record the serial number from the frame or receiver, and also the proof marks
and any assembly and patent numbers. Photograph every marking.

! Check the identifiers in the INTERPOL Firearms Reference Table (IFRT) before the trace.]],
        es = [[
Registre el número de serie del armazón o receptor, y también las marcas de
prueba y los números de ensamblaje y de patente. Fotografíe cada marca.

! Compruebe los identificadores en la Tabla de Referencia de Armas de Fuego de INTERPOL (IFRT) antes del rastreo.]],
      },
      next = "request",
      sources = { "T8", "I1" },
    },

    page {
      id = "obliterated",
      title = { en = "An obliterated serial number", es = "Un número de serie borrado" },
      text = {
        en = [[
Restoring an obliterated serial number is a *laboratory* task: send the
firearm to the laboratory as evidence. Restored characters can fade, so the
laboratory photographs them at once.

On the trace request, answer *obliterated: yes*.]],
        es = [[
Restaurar un número de serie borrado es tarea del *laboratorio*: envíe el arma
al laboratorio como evidencia. Los caracteres restaurados pueden desvanecerse,
por eso el laboratorio los fotografía de inmediato.

En la solicitud de rastreo, responda *borrado: sí*.]],
      },
      sources = { "S1", "S5", "A1" },
    },

    page {
      id = "request",
      title = { en = "The trace request", es = "La solicitud de rastreo" },
      text = {
        en = [[
Send the trace request with the firearm fields: serial number, type, calibre,
manufacturer, model, country of origin and, for a firearm made outside the US,
the importer.]],
        es = [[
Envíe la solicitud de rastreo con los campos del arma: número de serie, tipo,
calibre, fabricante, modelo, país de origen y, para un arma fabricada fuera de
EE. UU., el importador.]],
      },
      next = "end",
      sources = { "A1" },
    },
  },

  quiz = {
    truefalse {
      id = "restore-yourself",
      prompt = {
        en = "True or false: an officer who finds an obliterated serial number should try to restore it before sending the firearm on.",
        es = "Verdadero o falso: el agente que encuentra un número de serie borrado debe intentar restaurarlo antes de enviar el arma.",
      },
      answer = false,
      hint = {
        en = "Where is a serial number restored?",
        es = "¿Dónde se restaura un número de serie?",
      },
      explain = {
        en = "False: restoration is a laboratory task. Note \"obliterated: yes\" on the trace request.",
        es = "Falso: la restauración es tarea del laboratorio. Anote \"borrado: sí\" en la solicitud de rastreo.",
      },
      sources = { "S1", "A1" },
      tags = { "tracing" },
    },
  },
}
