-- Module 12 of the course: surplus and destruction.
-- Why surplus, obsolete and confiscated firearms are destroyed, how a destruction is verified
-- against the serial-number records, what a destruction certificate holds, and the Peru 2002
-- destruction as the worked example.
return lesson {
  id = "surplus-destruction",
  version = 2,
  title = { en = "Surplus and destruction", es = "Excedentes y destrucción" },
  summary = {
    en = "Why firearms are destroyed, how a destruction is checked against the serial-number records and certified, and what Peru did in 2002.",
    es = "Por qué se destruyen armas, cómo se coteja una destrucción con los registros de números de serie y se certifica, y qué hizo el Perú en 2002.",
  },
  requires = { "stockpile-management" },
  sources = {
    { key = "D1", text = "UNODA, small arms destruction" },
    { key = "D2", text = "UN ODA Update, January 2003: Thousands of small arms destroyed in Lima (un.org/disarmament)" },
    { key = "D3", text = "SEESAC, How to destroy 17,000 weapons in an hour (seesac.org)" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "T9", text = "ISACS 05.20" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "X4", text = "UNLIREC, UNLIREC supports Government of Peru in destruction of close to 10,000 firearms (2016), unlirec.org" },
    { key = "X5", text = "UNLIREC, UN supports second destruction event in northern Peru (Trujillo), unlirec.org" },
    { key = "X6", text = "smallarmsstandards.org, UNLIREC standard operating procedures on small arms destruction based on ISACS (Suriname, 2013)" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80% (the safe-handling question, when drawn,
  -- is critical), in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Why destroy", es = "Por qué destruir" },
      text = {
        en = [[
Destruction keeps weapons from returning to illicit markets. UNLIREC puts it plainly: periodic
destruction is the most effective way to make sure weapons do not return to illegality, because
destruction is irreversible.

Which firearms: surplus and obsolete state weapons, and firearms confiscated or surrendered by
civilians. ISACS 05.20 counts surplus disposal among the outcomes of stockpile management, and
seized or confiscated firearms are destroyed or otherwise disposed of as the law says. In Peru's
2016 destruction, most of the firearms had been seized by the police and all their judicial
proceedings had been concluded.

A surplus firearm kept "just in case" is one more firearm to guard, count and possibly lose.]],
        es = [[
La destrucción impide que las armas vuelvan a los mercados ilícitos. UNLIREC lo dice claramente:
la destrucción periódica es la manera más eficaz de asegurar que las armas no vuelvan a la
ilegalidad, porque la destrucción es irreversible.

Qué armas: los excedentes y las armas obsoletas del Estado, y las armas decomisadas o entregadas
voluntariamente por civiles. ISACS 05.20 cuenta la eliminación de excedentes entre los resultados
de la gestión de existencias, y las armas incautadas o decomisadas se destruyen o se eliminan de
otro modo según lo que disponga la ley. En la destrucción de 2016 en el Perú, la mayoría de las
armas había sido incautada por la policía y todos sus procesos judiciales habían concluido.

Un arma excedente guardada "por si acaso" es un arma más que vigilar, contar y quizá perder.]],
      },
      sources = { "D1", "X4", "X5", "T9" },
    },

    page {
      title = { en = "Lima, November 2002", es = "Lima, noviembre de 2002" },
      text = {
        en = [[
From 3 to 6 November 2002, Peru and the UN Regional Centre (UNLIREC) destroyed *2,573* small
arms collected and stored by the Ministry of the Interior. The verification had three phases:

- *clearance*: a physical inspection to make sure no weapon was still loaded;
- *check against the records*: types, models, makes and serial numbers against the Ministry's
  stock record or inventory;
- *count*.

The firearms were then melted at a foundry in Lima, and a *destruction certificate* was signed at
a public ceremony.

! Other ways of destroying firearms are used too: SEESAC watched 17,000 weapons shredded in about an hour near Belgrade, and UNLIREC cut weapons with hydraulic shears in Suriname in 2013, documented under procedures based on ISACS.]],
        es = [[
Del 3 al 6 de noviembre de 2002, el Perú y el Centro Regional de las Naciones Unidas (UNLIREC)
destruyeron *2.573* armas pequeñas recogidas y almacenadas por el Ministerio del Interior. La
verificación tuvo tres fases:

- *descarga y revisión*: una inspección física para asegurar que ningún arma seguía cargada;
- *cotejo con los registros*: tipos, modelos, marcas y números de serie frente al registro de
  existencias o inventario del Ministerio;
- *conteo*.

Luego las armas se fundieron en una fundición de Lima, y se firmó un *certificado de
destrucción* en una ceremonia pública.

! También se usan otras formas de destrucción: SEESAC presenció la trituración de 17.000 armas en cerca de una hora cerca de Belgrado, y UNLIREC cortó armas con cizallas hidráulicas en Surinam en 2013, documentadas según procedimientos basados en ISACS.]],
      },
      sources = { "D2", "D3", "X6" },
    },

    page {
      title = { en = "The destruction certificate", es = "El certificado de destrucción" },
      text = {
        en = [[
The certificate (in many countries, the *acta de destrucción*) is the proof that the firearms in
the records were destroyed. It states:

- its number, the date, the place and the method;
- how many firearms were destroyed;
- the list of the firearms, each with its serial number, checked against the inventory;
- the signatures of the official in charge and of the witnesses.

Each serial number on the list closes the record of one firearm. A firearm on the list that turns
up later at a crime scene shows that it was diverted: find the point of diversion, and act so it
does not happen again.]],
        es = [[
El certificado (en muchos países, el *acta de destrucción*) es la prueba de que las armas de los
registros se destruyeron. Indica:

- su número, la fecha, el lugar y el método;
- cuántas armas se destruyeron;
- la lista de las armas, cada una con su número de serie, cotejada con el inventario;
- las firmas del funcionario responsable y de los testigos.

Cada número de serie de la lista cierra el registro de un arma. Un arma de la lista que aparece
después en el lugar de un delito demuestra que fue desviada: hay que encontrar el punto de desvío
y actuar para que no se repita.]],
      },
      image = {
        file = { en = "12-destruction-certificate_en.png", es = "12-destruction-certificate_es.png" },
        caption = {
          en = "A destruction certificate (a made-up example)",
          es = "Un certificado de destrucción (un ejemplo ficticio)",
        },
        alt = {
          en = "A form headed Destruction certificate: number 042/2024, date 12 March 2024, place a state steelworks in Ruritania, method melting, 250 firearms destroyed with a 9-page list attached; a table of number, type, make and serial number (revolver ACME R40518, pistol ACME AB12345, shotgun ZETA ZS00972, rifle ACME AR1003, and more); a ticked box: each serial number checked against the inventory; two signatures, official in charge and witness.",
          es = "Un formulario titulado Certificado de destrucción: número 042/2024, fecha 12 de marzo de 2024, lugar una acería estatal de Ruritania, método fundición, 250 armas destruidas con una lista adjunta de 9 páginas; una tabla de número, tipo, marca y número de serie (revólver ACME R40518, pistola ACME AB12345, escopeta ZETA ZS00972, fusil ACME AR1003, y más); una casilla marcada: cada número de serie cotejado con el inventario; dos firmas, funcionario responsable y testigo.",
        },
      },
      sources = { "D2", "T8" },
    },
  },

  quiz = {
    choice {
      id = "why-destroy",
      prompt = {
        en = "Why are surplus and confiscated firearms destroyed rather than stored?",
        es = "¿Por qué se destruyen las armas excedentes y decomisadas en lugar de almacenarlas?",
      },
      options = {
        { en = "To free the space in the armoury for new purchases", es = "Para liberar espacio en el depósito para nuevas compras" },
        { en = "To keep them from returning to illicit markets", es = "Para impedir que vuelvan a los mercados ilícitos" },
        { en = "Because the law forbids keeping any firearm older than ten years", es = "Porque la ley prohíbe conservar armas de más de diez años" },
      },
      answer = 2,
      explain = {
        en = "Destruction keeps weapons from returning to illicit markets, and it is irreversible. Space is a side benefit; no rule destroys firearms by age.",
        es = "La destrucción impide que las armas vuelvan a los mercados ilícitos, y es irreversible. El espacio es un beneficio secundario; ninguna norma destruye armas por su antigüedad.",
      },
      sources = { "D1", "X4" },
      tags = { "surplus-destruction" },
    },

    order {
      id = "lima-steps",
      prompt = {
        en = "Put the steps of the Lima destruction of 2002 in order.",
        es = "Ordene los pasos de la destrucción de Lima de 2002.",
      },
      items = {
        { en = "Physical inspection: no weapon still loaded", es = "Inspección física: ningún arma sigue cargada" },
        { en = "Check of types, makes and serial numbers against the inventory", es = "Cotejo de tipos, marcas y números de serie con el inventario" },
        { en = "Count", es = "Conteo" },
        { en = "Melting at a foundry", es = "Fundir las armas en una fundición" },
        { en = "Signing of the destruction certificate", es = "Firma del certificado de destrucción" },
      },
      explain = {
        en = "Clearance first (safety), then the check against the records, then the count; only verified firearms were melted, and the certificate was signed after the destruction.",
        es = "Primero la revisión de que no estén cargadas (seguridad), luego el cotejo con los registros, después el conteo; solo se fundieron armas verificadas, y el certificado se firmó tras la destrucción.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "clearance-first",
      prompt = {
        en = "A batch of seized firearms arrives for destruction. What is checked before anything else?",
        es = "Llega para destrucción un lote de armas incautadas. ¿Qué se revisa antes que nada?",
      },
      options = {
        { en = "That each serial number matches the inventory", es = "Que cada número de serie coincida con el inventario" },
        { en = "That no firearm is still loaded", es = "Que ningún arma siga cargada" },
        { en = "That the number of firearms matches the list", es = "Que el número de armas coincida con la lista" },
      },
      answer = 2,
      explain = {
        en = "Treat every firearm as loaded: in Lima the first phase was a physical inspection to make sure no weapon was still loaded, before the check against the records and the count.",
        es = "Trate toda arma como cargada: en Lima la primera fase fue una inspección física para asegurar que ningún arma seguía cargada, antes del cotejo con los registros y del conteo.",
      },
      sources = { "N2", "D2" },
      tags = { "surplus-destruction", "safe-handling" },
      critical = true,
    },

    locate {
      id = "certificate-link",
      prompt = {
        en = "Point at the part of this certificate that ties each destroyed firearm to its own record.",
        es = "Señale la parte de este certificado que vincula cada arma destruida con su propio registro.",
      },
      image = {
        file = { en = "12-destruction-certificate_en.png", es = "12-destruction-certificate_es.png" },
        alt = {
          en = "A certificate form, top down: the title; number and date; place; method; number of firearms destroyed; a table with four columns, left to right number, type, make and serial number, with four rows filled in; a ticked box with a statement; two signatures at the bottom, left and right.",
          es = "Un formulario de certificado, de arriba abajo: el título; número y fecha; lugar; método; número de armas destruidas; una tabla de cuatro columnas, de izquierda a derecha número, tipo, marca y número de serie, con cuatro filas llenas; una casilla marcada con una declaración; dos firmas abajo, a la izquierda y a la derecha.",
        },
      },
      grid = { 4, 8 },
      -- The serial-number column of the table (the picture is 800 x 600).
      regions = { { x = 455, y = 236, w = 295, h = 184 } },
      explain = {
        en = "The serial numbers: each one on the list is matched with an entry of the inventory, so that every firearm in the records is shown destroyed, and none is missing. Type and make alone do not tell one firearm from another.",
        es = "Los números de serie: cada uno de la lista se coteja con una entrada del inventario, de modo que cada arma de los registros conste como destruida y no falte ninguna. El tipo y la marca solos no distinguen un arma de otra.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    multi {
      id = "certificate-content",
      prompt = {
        en = "What should a destruction certificate state? Tick each.",
        es = "¿Qué debe indicar un certificado de destrucción? Marque cada uno.",
      },
      options = {
        { en = "Date, place and method", es = "Fecha, lugar y método" },
        { en = "The list of firearms with their serial numbers", es = "La lista de armas con sus números de serie" },
        { en = "The price obtained for the scrap metal", es = "El precio obtenido por la chatarra" },
        { en = "Signatures of the official in charge and the witnesses", es = "Firmas del funcionario responsable y de los testigos" },
        { en = "A count of the firearms destroyed", es = "El número de armas destruidas" },
      },
      answers = { 1, 2, 4, 5 },
      explain = {
        en = "The certificate identifies the event (date, place, method), what was destroyed (the count and the list by serial number, checked against the inventory) and who attests it (signatures). The scrap's price proves nothing about the firearms.",
        es = "El certificado identifica el acto (fecha, lugar, método), lo destruido (el número y la lista por número de serie, cotejada con el inventario) y quién lo certifica (firmas). El precio de la chatarra no prueba nada sobre las armas.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "count-short",
      prompt = {
        en = "At the foundry, the count gives 249 firearms; the list for the certificate has 250. What do you do?",
        es = "En la fundición, el conteo da 249 armas; la lista del certificado tiene 250. ¿Qué hace?",
      },
      options = {
        { en = "Sign for 250, since one firearm is within the usual margin of error", es = "Firmar por 250, ya que un arma está dentro del margen de error habitual" },
        { en = "Strike the missing entry off the list and sign for 249", es = "Tachar de la lista la entrada que falta y firmar por 249" },
        { en = "Stop, find the missing serial number and report the loss", es = "Detenerse, buscar el número de serie que falta y notificar la pérdida" },
      },
      answer = 3,
      explain = {
        en = "The check against the serial-number records is there to catch exactly this: a firearm that left the stock without being destroyed. Find which one, report it as a loss, and certify only what was destroyed.",
        es = "El cotejo con los registros de números de serie existe justamente para detectar esto: un arma que salió de las existencias sin destruirse. Averigüe cuál es, notifíquela como pérdida y certifique solo lo que se destruyó.",
      },
      sources = { "D2", "T9" },
      tags = { "surplus-destruction" },
    },

    truefalse {
      id = "evidence-batch",
      prompt = {
        en = "True or false: a firearm seized in a case still before the courts can go into the next destruction batch, as long as it is on the inventory.",
        es = "Verdadero o falso: un arma incautada en una causa que aún está ante los tribunales puede ir al próximo lote de destrucción, siempre que figure en el inventario.",
      },
      answer = false,
      explain = {
        en = "False: seized and confiscated firearms are destroyed or disposed of as the law says. In Peru's 2016 destruction, the judicial proceedings of the seized firearms had all been concluded.",
        es = "Falso: las armas incautadas y decomisadas se destruyen o se eliminan según lo que disponga la ley. En la destrucción de 2016 en el Perú, los procesos judiciales de las armas incautadas habían concluido todos.",
      },
      sources = { "D1", "X4" },
      tags = { "surplus-destruction" },
    },

    text {
      id = "certificate-name",
      prompt = {
        en = "Type the name of the document, signed after a destruction, that proves which firearms were destroyed.",
        es = "Escriba el nombre del documento, firmado tras una destrucción, que prueba qué armas se destruyeron.",
      },
      answers = {
        { en = "destruction certificate", es = "certificado de destrucción" },
        { en = "certificate of destruction", es = "acta de destrucción" },
        { en = "certificate", es = "certificado" },
        { en = "destruction record", es = "acta" },
        "constancia de destrucción",
        "acta de destruccion",
        "acta de destrucción de armas",
        "certificado de destrucción de armas",
      },
      explain = {
        en = "The destruction certificate (acta de destrucción), with the list of firearms by serial number and the signatures.",
        es = "El certificado de destrucción (acta de destrucción), con la lista de armas por número de serie y las firmas.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    serial {
      id = "copy-from-certificate",
      prompt = {
        en = "An auditor checks line 2 of this certificate (a made-up example) against the inventory. Type its serial number exactly as written.",
        es = "Un auditor coteja la línea 2 de este certificado (un ejemplo ficticio) con el inventario. Escriba su número de serie tal como está escrito.",
      },
      image = {
        file = { en = "12-destruction-certificate_en.png", es = "12-destruction-certificate_es.png" },
        alt = {
          en = "A destruction certificate. Its table lists: 1, revolver, ACME, R40518; 2, pistol, ACME, AB12345; 3, shotgun, ZETA, ZS00972; 4, rifle, ACME, AR1003.",
          es = "Un certificado de destrucción. Su tabla enumera: 1, revólver, ACME, R40518; 2, pistola, ACME, AB12345; 3, escopeta, ZETA, ZS00972; 4, fusil, ACME, AR1003.",
        },
      },
      answer = "AB12345",
      explain = {
        en = "AB12345. The check is character by character: a serial number copied wrongly makes a destroyed firearm look missing, or a missing one look destroyed.",
        es = "AB12345. El cotejo es carácter por carácter: un número de serie mal copiado hace que un arma destruida parezca faltar, o que una que falta parezca destruida.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "recovered-after",
      prompt = {
        en = "A pistol whose serial number is on a destruction certificate's list is recovered at a crime scene a year later. What does it show?",
        es = "Una pistola cuyo número de serie figura en la lista de un certificado de destrucción se recupera un año después en el lugar de un delito. ¿Qué demuestra?",
      },
      options = {
        { en = "A duplicate serial number, so no further action is needed", es = "Un número de serie duplicado, así que no hace falta hacer nada más" },
        { en = "It was diverted: find the point of diversion", es = "Fue desviada: hay que encontrar el punto de desvío" },
        { en = "A typing error on the certificate, to be corrected", es = "Un error de transcripción en el certificado, que hay que corregir" },
      },
      answer = 2,
      explain = {
        en = "Unless the make and model differ (a duplicate serial of another firearm), a firearm certified destroyed that turns up again was diverted before or instead of its destruction. Tracing aims to find the point of diversion and act to prevent repeats. A typing error is not assumed: the list was checked against the inventory, and the firearm's own markings settle it.",
        es = "Salvo que la marca y el modelo difieran (un número duplicado de otra arma), un arma certificada como destruida que reaparece fue desviada antes o en lugar de su destrucción. El rastreo busca el punto de desvío y actúa para evitar que se repita. No se supone un error de transcripción: la lista se cotejó con el inventario, y las marcas del arma misma lo aclaran.",
      },
      sources = { "T8", "D2", "X4" },
      tags = { "surplus-destruction" },
    },

    multi {
      id = "candidates",
      prompt = {
        en = "Which of these firearms are candidates for destruction? Tick each.",
        es = "¿Cuáles de estas armas son candidatas a la destrucción? Marque cada una.",
      },
      options = {
        { en = "Surplus state weapons", es = "Armas excedentes del Estado" },
        { en = "Obsolete weapons", es = "Armas obsoletas" },
        { en = "Firearms held as evidence in an open case", es = "Armas retenidas como indicio en una causa abierta" },
        { en = "Firearms surrendered by civilians", es = "Armas entregadas voluntariamente por civiles" },
        { en = "Confiscated firearms, once the law allows", es = "Armas decomisadas, cuando la ley lo permita" },
      },
      answers = { 1, 2, 4, 5 },
      explain = {
        en = "Surplus, obsolete, confiscated and surrendered firearms are destroyed. A firearm that is still evidence in an open case waits until the law allows its disposal.",
        es = "Se destruyen las armas excedentes, obsoletas, decomisadas y entregadas voluntariamente. Un arma que aún es indicio en una causa abierta espera a que la ley permita su eliminación.",
      },
      sources = { "X5", "D1", "X4" },
      tags = { "surplus-destruction" },
    },

    numeric {
      id = "lima-count",
      prompt = {
        en = "How many small arms were destroyed in Lima in November 2002?",
        es = "¿Cuántas armas pequeñas se destruyeron en Lima en noviembre de 2002?",
      },
      answer = 2573,
      tolerance = 50,
      explain = {
        en = "2,573, each checked against the Ministry of the Interior's inventory by type, model, make and serial number, counted and melted.",
        es = "2.573, cada una cotejada con el inventario del Ministerio del Interior por tipo, modelo, marca y número de serie, contadas y fundidas.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "lima-check-what",
      prompt = {
        en = "In Lima in 2002, against what were the firearms checked before they were melted?",
        es = "En Lima en 2002, ¿con qué se cotejaron las armas antes de fundirlas?",
      },
      options = {
        { en = "The list of their last registered owners, from the civil registry", es = "La lista de sus últimos propietarios inscritos, del registro civil" },
        { en = "The Ministry's stock record or inventory", es = "El registro de existencias o inventario del Ministerio" },
        { en = "The foundry's weight receipts", es = "Los recibos de peso de la fundición" },
        { en = "INTERPOL's iARMS database of lost and stolen firearms", es = "La base de datos iARMS de INTERPOL de armas perdidas y robadas" },
      },
      answer = 2,
      explain = {
        en = "Types, models, makes and serial numbers were checked against the Ministry of the Interior's stock record or inventory: the record of what the state held.",
        es = "Los tipos, modelos, marcas y números de serie se cotejaron con el registro de existencias o inventario del Ministerio del Interior: el registro de lo que el Estado tenía.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "isacs-surplus",
      prompt = {
        en = "Which ISACS module counts surplus disposal among the outcomes it sets?",
        es = "¿Qué módulo de ISACS cuenta la eliminación de excedentes entre los resultados que fija?",
      },
      options = {
        { en = "ISACS 05.30, marking and record-keeping", es = "ISACS 05.30, marcaje y mantenimiento de registros" },
        { en = "ISACS 05.31, tracing", es = "ISACS 05.31, rastreo" },
        { en = "ISACS 05.20, stockpile management", es = "ISACS 05.20, gestión de existencias" },
      },
      answer = 3,
      explain = {
        en = "ISACS 05.20: defined composition, secure sites, risk assessment, physical security, inventory and loss reporting, surplus disposal, secure transport.",
        es = "ISACS 05.20: composición definida, sitios seguros, evaluación de riesgos, seguridad física, inventario y notificación de pérdidas, eliminación de excedentes, transporte seguro.",
      },
      sources = { "T9" },
      tags = { "surplus-destruction" },
    },

    locate {
      id = "certificate-attest",
      prompt = {
        en = "Point at the part of this certificate that shows who vouches for the destruction.",
        es = "Señale la parte de este certificado que muestra quién da fe de la destrucción.",
      },
      image = {
        file = { en = "12-destruction-certificate_en.png", es = "12-destruction-certificate_es.png" },
        alt = {
          en = "A certificate form, top down: the title; number and date; place; method; number of firearms destroyed; a table of number, type, make and serial number; a ticked box with a statement; at the bottom, two signatures on lines, one on the left and one on the right, each with a role written under it.",
          es = "Un formulario de certificado, de arriba abajo: el título; número y fecha; lugar; método; número de armas destruidas; una tabla de número, tipo, marca y número de serie; una casilla marcada con una declaración; abajo, dos firmas sobre líneas, una a la izquierda y otra a la derecha, cada una con un cargo escrito debajo.",
        },
      },
      grid = { 4, 8 },
      -- The two signatures with their roles (the picture is 800 x 600).
      regions = {
        { x = 50, y = 490, w = 280, h = 90 },
        { x = 430, y = 490, w = 280, h = 90 },
      },
      explain = {
        en = "The signatures of the official in charge and of a witness: in Lima the certificate was signed at a public ceremony.",
        es = "Las firmas del funcionario responsable y de un testigo: en Lima el certificado se firmó en una ceremonia pública.",
      },
      sources = { "D2" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "methods",
      prompt = {
        en = "Which of these is a way of destroying firearms used in the examples of this lesson?",
        es = "¿Cuál de estas es una forma de destruir armas usada en los ejemplos de esta lección?",
      },
      options = {
        { en = "Removing the firing pins and storing the rest", es = "Quitar los percutores y almacenar el resto" },
        { en = "Shredding", es = "Trituración" },
        { en = "Burying them at the armoury", es = "Enterrarlas en el depósito" },
      },
      answer = 2,
      explain = {
        en = "Melting (Lima 2002, Chimbote 2016), shredding (17,000 weapons near Belgrade) and cutting with hydraulic shears (Suriname 2013). A firearm without its firing pin can be repaired, and buried weapons can be dug up: neither is irreversible.",
        es = "La fundición (Lima 2002, Chimbote 2016), la trituración (17.000 armas cerca de Belgrado) y el corte con cizallas hidráulicas (Surinam 2013). Un arma sin percutor puede repararse y las armas enterradas pueden desenterrarse: nada de eso es irreversible.",
      },
      sources = { "D2", "X4", "D3", "X6" },
      tags = { "surplus-destruction" },
    },

    truefalse {
      id = "cut-then-melt",
      prompt = {
        en = "True or false: in Trujillo, firearms were cut at a public event to make them inoperable, and destroyed for good the next day at a steel company.",
        es = "Verdadero o falso: en Trujillo, las armas se cortaron en un acto público para dejarlas inoperables, y se destruyeron definitivamente al día siguiente en una empresa siderúrgica.",
      },
      answer = true,
      explain = {
        en = "True: the symbolic cutting rendered them inoperable until their final destruction the next day in Chimbote. UNLIREC took part in the whole process, from planning, registration and verification to the destruction.",
        es = "Verdadero: el corte simbólico las dejó inoperables hasta su destrucción final al día siguiente en Chimbote. UNLIREC participó en todo el proceso, desde la planificación, el registro y la verificación hasta la destrucción.",
      },
      sources = { "X5" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "public-ceremony",
      prompt = {
        en = "Lima's destruction ended with a public ceremony where the certificate was signed. What does holding it in public add?",
        es = "La destrucción de Lima terminó con una ceremonia pública en la que se firmó el certificado. ¿Qué aporta hacerlo en público?",
      },
      options = {
        { en = "It replaces the check against the inventory", es = "Sustituye el cotejo con el inventario" },
        { en = "It shows citizens the state's commitment to arms control", es = "Muestra a la ciudadanía el compromiso del Estado con el control de armas" },
        { en = "It makes the destruction legal, which it is not without an audience", es = "Hace legal la destrucción, que sin público no lo es" },
      },
      answer = 2,
      explain = {
        en = "A public destruction sends citizens a clear message of the state's commitment to arms control. It adds to the verification and the certificate; it replaces neither.",
        es = "Una destrucción pública envía a la ciudadanía un mensaje claro del compromiso del Estado con el control de armas. Se suma a la verificación y al certificado; no sustituye a ninguno.",
      },
      sources = { "D2", "X4" },
      tags = { "surplus-destruction" },
    },

    choice {
      id = "keep-surplus",
      prompt = {
        en = "A police chief wants to keep 300 obsolete revolvers in the armoury \"just in case\". What is the risk?",
        es = "Un jefe policial quiere guardar 300 revólveres obsoletos en el depósito \"por si acaso\". ¿Cuál es el riesgo?",
      },
      options = {
        { en = "None, as long as they are not issued", es = "Ninguno, mientras no se entreguen" },
        { en = "300 more firearms to guard and count, which can leak out", es = "300 armas más que vigilar y contar, y que pueden filtrarse" },
        { en = "Only the cost of the space and the guards they take up in the armoury", es = "Solo el costo del espacio y de los guardias que ocupan en el depósito" },
      },
      answer = 2,
      explain = {
        en = "Surplus kept in store still has to be secured and counted, and can be lost or diverted; ISACS 05.20 calls for surplus disposal, and destruction keeps weapons from returning to illicit markets.",
        es = "Los excedentes guardados siguen teniendo que protegerse y contarse, y pueden perderse o desviarse; ISACS 05.20 pide la eliminación de excedentes, y la destrucción impide que las armas vuelvan a los mercados ilícitos.",
      },
      sources = { "T9", "D1" },
      tags = { "surplus-destruction" },
    },
  },
}
