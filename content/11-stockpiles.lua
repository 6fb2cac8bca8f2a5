-- Module 11 of the course: stockpile management and safe storage.
-- What ISACS 05.20 asks of a stockpile, the IATG risk-reduction levels, unplanned explosions,
-- physical security and access control, inventory and loss reporting.
return lesson {
  id = "stockpile-management",
  version = 2,
  title = { en = "Stockpile management and safe storage", es = "Gestión de existencias y almacenamiento seguro" },
  summary = {
    en = "Why state stockpiles are managed, the ISACS 05.20 outcomes and IATG levels, and how an armoury keeps its firearms secure and counted.",
    es = "Por qué se gestionan las existencias estatales, los resultados de ISACS 05.20 y los niveles de las IATG, y cómo un depósito de armas las mantiene seguras y contadas.",
  },
  requires = { "safe-handling" },
  sources = {
    { key = "T9", text = "ISACS 05.20 (stockpile management: weapons)" },
    { key = "M10", text = "UN SaferGuard, IATG risk-reduction levels" },
    { key = "M12", text = "OSCE Handbook of Best Practices on SALW: Best Practice Guide on National Procedures for Stockpile Management and Security (2003)" },
    { key = "M5", text = "UNLIREC stockpile assistance, Argentina" },
    { key = "M6", text = "UNLIREC armoury assessments 2022" },
    { key = "M4", text = "UNLIREC self-assessment templates" },
    { key = "D4", text = "Small Arms Survey, unplanned explosions at munitions sites" },
    { key = "D5", text = "defenceWeb, 245 ammunition dump blasts (Small Arms Survey)" },
    { key = "I2", text = "interpol.int, iARMS" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "X1", text = "Netherlands, national report on the UN Programme of Action (2010), p. 10: stockpile management and security (gunpolicy.org, quote 1713)" },
    { key = "X2", text = "Belarus, national report on the UN Programme of Action (2005), pp. 9-10: lock-and-key measures (gunpolicy.org, quote 3461)" },
    { key = "X3", text = "J. Bevan, Stockpile Management: Accounting (Small Arms Survey)" },
  },

  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25, pass = 70 },
  -- The exam decides the pass: 10 questions drawn, 80% (the safe-handling question, when drawn,
  -- is critical), in 15 minutes (90 s a question), 3 attempts.
  exam = { draw = 10, pass = 80, time_limit = 900, attempts = 3, shuffle = true },

  pages = {
    page {
      title = { en = "Why stockpiles are managed", es = "Por qué se gestionan las existencias" },
      text = {
        en = [[
State stockpiles (existencias estatales) of police and armed forces carry two risks: firearms
leaking into illicit hands, and explosions of stored ammunition.

The Small Arms Survey counted *543 unplanned explosions* at munitions sites in *103 countries*
between 1979 and 2016. Of those whose cause is known, more than half came from poor storage and
infrastructure.

ISACS 05.20 sets the outcomes a stockpile must reach:

- a defined stockpile composition;
- secure sites, and a risk assessment;
- physical security;
- inventory and loss reporting;
- disposal of surplus;
- secure transport.]],
        es = [[
Las existencias estatales de la policía y las fuerzas armadas tienen dos riesgos: que las armas
se desvíen hacia manos ilícitas y que explote la munición almacenada.

El Small Arms Survey contó *543 explosiones no planificadas* en depósitos de municiones de *103
países* entre 1979 y 2016. De las de causa conocida, más de la mitad se debió a un almacenamiento
y una infraestructura deficientes.

ISACS 05.20 fija los resultados que deben alcanzar las existencias:

- una composición definida de las existencias;
- sitios seguros y una evaluación de riesgos;
- seguridad física;
- inventario y notificación de pérdidas;
- eliminación de los excedentes;
- transporte seguro.]],
      },
      sources = { "D4", "D5", "T9" },
    },

    page {
      title = { en = "Risk-reduction levels", es = "Niveles de reducción de riesgos" },
      text = {
        en = [[
The International Ammunition Technical Guidelines (IATG) set three risk-reduction levels, 1 to
3. *Level 1 is the minimum* every site should reach; levels 2 and 3 reduce the risk further.

In the region, UNLIREC carries out baseline assessments of armouries and stockpiles against
ISACS and the IATG, and offers self-assessment templates. An assessment is not done once: a
site is assessed again periodically, to see whether it still meets the level.]],
        es = [[
Las Directrices Técnicas Internacionales sobre Municiones (IATG) fijan tres niveles de reducción
de riesgos, del 1 al 3. *El nivel 1 es el mínimo* que todo sitio debe alcanzar; los niveles 2 y 3
reducen más el riesgo.

En la región, UNLIREC realiza evaluaciones de base de depósitos de armas y existencias frente a
ISACS y las IATG, y ofrece plantillas de autoevaluación. Una evaluación no se hace una sola vez:
el sitio se vuelve a evaluar periódicamente, para ver si sigue cumpliendo el nivel.]],
      },
      sources = { "M10", "M5", "M6", "M4" },
    },

    page {
      title = { en = "Physical security and access", es = "Seguridad física y acceso" },
      text = {
        en = [[
!! Treat every firearm that enters or leaves the store as loaded: check it and render it safe, muzzle in a safe direction.

The OSCE best-practice guide on stockpile management covers lock-and-key and other physical
security measures, access control, inventory and accounting, precautions and sanctions for loss
and theft, security training, and a written security plan. National reports describe measures
such as:

- weapons and ammunition stored separately;
- key control: keys held by the duty officer, a second set sealed and given out only on the
  commander's authorisation;
- alarm and detection systems, guards;
- access only for staff with security clearance and a written authorisation;
- transport under armed escort, weapons and ammunition in different vehicles.]],
        es = [[
!! Trate como cargada toda arma que entre o salga del depósito: revísela y déjela en condición segura, con la boca del cañón en una dirección segura.

La guía de buenas prácticas de la OSCE sobre gestión de existencias trata las cerraduras y llaves
y otras medidas de seguridad física, el control de acceso, el inventario y la contabilidad, las
precauciones y sanciones ante pérdidas y robos, la capacitación en seguridad y un plan de
seguridad escrito. Los informes nacionales describen medidas como:

- armas y municiones almacenadas por separado;
- control de llaves: las guarda el oficial de servicio, un segundo juego se conserva sellado y
  solo se entrega con autorización del comandante;
- sistemas de alarma y detección, guardias;
- acceso solo para personal con habilitación de seguridad y autorización escrita;
- traslados con escolta armada, armas y municiones en vehículos distintos.]],
      },
      image = {
        file = "11-armoury.png",
        caption = {
          en = "A small armoury: six numbered elements of safe storage",
          es = "Un pequeño depósito de armas: seis elementos numerados del almacenamiento seguro",
        },
        alt = {
          en = "Front view of an armoury with a separate room on the right. Left to right: 6, an alarm sensor high on the wall; 1, a steel door with two locks; 2, a rack of five rifles held by a locking bar with a padlock; 3, a small locked cabinet on the wall; 5, a clipboard on a desk listing serial numbers with ticks; behind a wall, 4, ammunition boxes in a locked mesh cabinet.",
          es = "Vista frontal de un depósito de armas con una sala aparte a la derecha. De izquierda a derecha: 6, un sensor de alarma en lo alto de la pared; 1, una puerta de acero con dos cerraduras; 2, un armero de cinco fusiles sujetos por una barra con candado; 3, un pequeño armario cerrado en la pared; 5, una tablilla sobre un escritorio con números de serie marcados; tras una pared, 4, cajas de munición en un armario de malla con candado.",
        },
      },
      sources = { "N2", "M12", "X1", "X2" },
    },

    page {
      title = { en = "Inventory and loss reporting", es = "Inventario y notificación de pérdidas" },
      text = {
        en = [[
The inventory lists every firearm by its serial number. Counting the racks against it is what
shows, quickly, that a firearm has been misplaced, wrongly issued or diverted.

When a count does not match:

- report the discrepancy at once, as the procedure says;
- investigate it, and record the result;
- report a firearm lost or stolen so that it can be found again: INTERPOL's iARMS records lost,
  stolen, trafficked and seized firearms, so that a recovery in another country can be matched.

A register adjusted to match the racks hides the loss.]],
        es = [[
El inventario enumera cada arma por su número de serie. Contar los armeros frente a él es lo que
muestra, pronto, que un arma se extravió, se entregó por error o se desvió.

Cuando un conteo no cuadra:

- notifique la diferencia de inmediato, como dice el procedimiento;
- investíguela y registre el resultado;
- notifique el arma perdida o robada para que pueda encontrarse: iARMS, de INTERPOL, registra
  armas perdidas, robadas, traficadas e incautadas, de modo que una recuperación en otro país
  pueda cotejarse.

Un registro ajustado para que cuadre con los armeros oculta la pérdida.]],
      },
      sources = { "T9", "X3", "M12", "I2" },
    },
  },

  quiz = {
    match {
      id = "armoury-elements",
      prompt = {
        en = "Match each numbered element of the armoury with what it is.",
        es = "Empareje cada elemento numerado del depósito con lo que es.",
      },
      image = {
        file = "11-armoury.png",
        alt = {
          en = "Front view of an armoury with a separate room on the right. Numbered elements: 1 at a steel door with two locks; 2 at a rack of rifles held by a bar with a padlock; 3 at a small locked cabinet on the wall; 4 at boxes in a locked mesh cabinet behind a wall; 5 at a clipboard listing serial numbers with ticks; 6 at a sensor high on the wall.",
          es = "Vista frontal de un depósito de armas con una sala aparte a la derecha. Elementos numerados: 1 en una puerta de acero con dos cerraduras; 2 en un armero de fusiles sujetos por una barra con candado; 3 en un pequeño armario cerrado en la pared; 4 en cajas dentro de un armario de malla con candado tras una pared; 5 en una tablilla con números de serie marcados; 6 en un sensor en lo alto de la pared.",
        },
      },
      pairs = {
        { { en = "1", es = "1" }, { en = "Steel door with two locks", es = "Puerta de acero con dos cerraduras" } },
        { { en = "2", es = "2" }, { en = "Rifles locked in the rack", es = "Fusiles bajo llave en el armero" } },
        { { en = "3", es = "3" }, { en = "Key cabinet", es = "Armario de llaves" } },
        { { en = "4", es = "4" }, { en = "Ammunition, stored apart", es = "Munición, guardada aparte" } },
        { { en = "5", es = "5" }, { en = "Inventory by serial number", es = "Inventario por número de serie" } },
        { { en = "6", es = "6" }, { en = "Intrusion alarm", es = "Alarma contra intrusos" } },
      },
      explain = {
        en = "Locks on door and rack, keys under control, ammunition apart from the weapons, an inventory that lists each firearm by serial number, and an alarm: the physical security and accounting measures of a store.",
        es = "Cerraduras en la puerta y el armero, llaves bajo control, munición separada de las armas, un inventario que enumera cada arma por número de serie y una alarma: las medidas de seguridad física y de contabilidad de un depósito.",
      },
      sources = { "M12", "X1", "X2" },
      tags = { "stockpile-management" },
    },

    locate {
      id = "where-ammunition",
      prompt = {
        en = "Point at where this armoury keeps its ammunition.",
        es = "Señale dónde guarda este depósito su munición.",
      },
      image = {
        file = "11-armoury.png",
        alt = {
          en = "Front view of an armoury, left to right: a sensor high on the wall, a steel door, a rack of rifles with a locking bar, a small locked wall cabinet, a clipboard on a desk; then a wall, and in the room beyond it a locked mesh cabinet holding boxes.",
          es = "Vista frontal de un depósito de armas, de izquierda a derecha: un sensor en lo alto de la pared, una puerta de acero, un armero de fusiles con barra de cierre, un pequeño armario cerrado en la pared, una tablilla sobre un escritorio; luego una pared y, en la sala de detrás, un armario de malla con candado que contiene cajas.",
        },
      },
      grid = { 8, 6 },
      -- The locked mesh cabinet with the ammunition boxes (the picture is 960 x 540).
      regions = { { x = 750, y = 146, w = 160, h = 218 } },
      explain = {
        en = "The ammunition is in a locked cabinet in a separate room, apart from the weapons: storing weapons and ammunition separately is one of the physical security measures.",
        es = "La munición está en un armario cerrado, en una sala aparte, separada de las armas: almacenar armas y municiones por separado es una de las medidas de seguridad física.",
      },
      sources = { "X1", "M12" },
      tags = { "stockpile-management" },
    },

    locate {
      id = "where-inventory",
      prompt = {
        en = "Point at what an inspector compares with the racks, firearm by firearm.",
        es = "Señale lo que un inspector compara con los armeros, arma por arma.",
      },
      image = {
        file = "11-armoury.png",
        alt = {
          en = "Front view of an armoury, left to right: a sensor high on the wall, a steel door, a rack of rifles with a locking bar, a small locked wall cabinet high up, a clipboard with a list on a desk below it; then a wall, and beyond it a locked mesh cabinet holding boxes.",
          es = "Vista frontal de un depósito de armas, de izquierda a derecha: un sensor en lo alto de la pared, una puerta de acero, un armero de fusiles con barra de cierre, un pequeño armario cerrado en lo alto, debajo una tablilla con una lista sobre un escritorio; luego una pared y, detrás, un armario de malla con candado que contiene cajas.",
        },
      },
      grid = { 8, 6 },
      -- The clipboard with the inventory sheet (the picture is 960 x 540).
      regions = { { x = 528, y = 272, w = 120, h = 146 } },
      explain = {
        en = "The inventory sheet lists each firearm by serial number: the count of the racks is checked against it, and a difference is reported at once.",
        es = "La hoja de inventario enumera cada arma por número de serie: el conteo de los armeros se coteja con ella y una diferencia se notifica de inmediato.",
      },
      sources = { "T9", "X3" },
      tags = { "stockpile-management" },
    },

    numeric {
      id = "explosions-count",
      prompt = {
        en = "How many unplanned explosions at munitions sites did the Small Arms Survey count between 1979 and 2016?",
        es = "¿Cuántas explosiones no planificadas en depósitos de municiones contó el Small Arms Survey entre 1979 y 2016?",
      },
      answer = 543,
      tolerance = 20,
      explain = {
        en = "543 unplanned explosions, in 103 countries; more than half of those with a known cause came from poor storage and infrastructure.",
        es = "543 explosiones no planificadas, en 103 países; más de la mitad de las de causa conocida se debió a un almacenamiento y una infraestructura deficientes.",
      },
      sources = { "D4", "D5" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "explosion-cause",
      prompt = {
        en = "What caused more than half of the unplanned explosions at munitions sites whose cause is known?",
        es = "¿Qué causó más de la mitad de las explosiones no planificadas en depósitos de municiones de causa conocida?",
      },
      options = {
        { en = "Attacks and sabotage by armed groups", es = "Ataques y sabotajes cometidos por grupos armados" },
        { en = "Poor storage and infrastructure", es = "Almacenamiento e infraestructura deficientes" },
        { en = "Lightning and other natural hazards", es = "Rayos y otros peligros naturales" },
      },
      answer = 2,
      explain = {
        en = "Poor storage and infrastructure: which is why the IATG levels and ISACS 05.20 deal with how and where stocks are kept. The other causes occur, but far less often.",
        es = "El almacenamiento y la infraestructura deficientes: por eso los niveles de las IATG y ISACS 05.20 tratan de cómo y dónde se guardan las existencias. Las otras causas ocurren, pero mucho menos.",
      },
      sources = { "D4", "D5", "M10", "T9" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "iatg-minimum",
      prompt = {
        en = "Which IATG risk-reduction level is the minimum a site should reach?",
        es = "¿Qué nivel de reducción de riesgos de las IATG es el mínimo que debe alcanzar un sitio?",
      },
      options = {
        { en = "Level 3", es = "Nivel 3" },
        { en = "Level 2", es = "Nivel 2" },
        { en = "Level 1", es = "Nivel 1" },
        { en = "Level 0", es = "Nivel 0" },
      },
      answer = 3,
      explain = {
        en = "The levels run from 1 to 3, and Level 1 is the minimum; levels 2 and 3 reduce the risk further. There is no level 0.",
        es = "Los niveles van del 1 al 3, y el nivel 1 es el mínimo; los niveles 2 y 3 reducen más el riesgo. No hay nivel 0.",
      },
      sources = { "M10" },
      tags = { "stockpile-management" },
    },

    multi {
      id = "isacs-outcomes",
      prompt = {
        en = "Which of these are outcomes ISACS 05.20 sets for a stockpile? Tick each.",
        es = "¿Cuáles de estos son resultados que ISACS 05.20 fija para las existencias? Marque cada uno.",
      },
      options = {
        { en = "Inventory and loss reporting", es = "Inventario y notificación de pérdidas" },
        { en = "Ammunition kept with the weapons for quick issue", es = "Munición guardada con las armas para entregarlas rápido" },
        { en = "Risk assessment", es = "Evaluación de riesgos" },
        { en = "Secure transport", es = "Transporte seguro" },
        { en = "Surplus kept in reserve, never disposed of", es = "Excedentes guardados en reserva, nunca eliminados" },
        { en = "Surplus disposal", es = "Eliminación de excedentes" },
      },
      answers = { 1, 3, 4, 6 },
      explain = {
        en = "ISACS 05.20: defined composition, secure sites, risk assessment, physical security, inventory and loss reporting, surplus disposal, secure transport. Weapons and ammunition are stored apart, and surplus is disposed of, not kept.",
        es = "ISACS 05.20: composición definida, sitios seguros, evaluación de riesgos, seguridad física, inventario y notificación de pérdidas, eliminación de excedentes, transporte seguro. Armas y municiones se guardan por separado, y los excedentes se eliminan, no se guardan.",
      },
      sources = { "T9", "X1" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "receive-firearm",
      prompt = {
        en = "A patrol brings a seized revolver to the armoury and says it is unloaded. What do you do first?",
        es = "Una patrulla trae al depósito un revólver incautado y dice que está descargado. ¿Qué hace primero?",
      },
      options = {
        { en = "Enter its serial number in the inventory", es = "Anotar su número de serie en el inventario" },
        { en = "Check it and render it safe, muzzle in a safe direction", es = "Revisarlo y dejarlo en condición segura, con la boca del cañón en dirección segura" },
        { en = "Lock it in the rack at once and check it at the next count of the armoury", es = "Guardarlo bajo llave en el armero de inmediato y revisarlo en el próximo conteo del depósito" },
      },
      answer = 2,
      explain = {
        en = "Treat every firearm as loaded: check it and render it safe before any other action, whatever you are told. Then record it and store it.",
        es = "Trate toda arma como cargada: revísela y déjela en condición segura antes de cualquier otra acción, diga lo que diga quien la entrega. Después regístrela y guárdela.",
      },
      sources = { "N2" },
      tags = { "stockpile-management", "safe-handling" },
      critical = true,
    },

    choice {
      id = "missing-rifle",
      prompt = {
        en = "The morning count finds one rifle fewer in the rack than on the inventory. What do you do?",
        es = "El conteo de la mañana encuentra un fusil menos en el armero que en el inventario. ¿Qué hace?",
      },
      options = {
        { en = "Wait for the monthly serial-number count to see whether it turns up", es = "Esperar al conteo mensual por número de serie para ver si aparece" },
        { en = "Correct the inventory so that it matches the rack", es = "Corregir el inventario para que cuadre con el armero" },
        { en = "Report the discrepancy at once and have it investigated", es = "Notificar la diferencia de inmediato y que se investigue" },
        { en = "Borrow a rifle of the same model from another unit", es = "Pedir prestado un fusil del mismo modelo a otra unidad" },
      },
      answer = 3,
      explain = {
        en = "Inventory and loss reporting exist to show a loss quickly: report it at once and investigate it. Waiting, adjusting the register or filling the gap hides a firearm that may already be in illicit hands.",
        es = "El inventario y la notificación de pérdidas existen para mostrar pronto una pérdida: notifíquela de inmediato e investíguela. Esperar, ajustar el registro o tapar el hueco oculta un arma que puede estar ya en manos ilícitas.",
      },
      sources = { "T9", "X3", "M12" },
      tags = { "stockpile-management" },
    },

    multi {
      id = "security-measures",
      prompt = {
        en = "Which of these are sound security measures for an armoury? Tick each.",
        es = "¿Cuáles de estas son medidas de seguridad adecuadas para un depósito de armas? Marque cada una.",
      },
      options = {
        { en = "Weapons and ammunition stored separately", es = "Armas y municiones almacenadas por separado" },
        { en = "One key on a hook by the door for the night shift", es = "Una llave en un gancho junto a la puerta para el turno de noche" },
        { en = "Alarm and detection systems", es = "Sistemas de alarma y detección" },
        { en = "Access only with clearance and written authorisation", es = "Acceso solo con habilitación y autorización escrita" },
        { en = "Firearms issued on a verbal request", es = "Armas entregadas a pedido verbal" },
      },
      answers = { 1, 3, 4 },
      explain = {
        en = "Separate storage, alarms and access limited to cleared staff with a written authorisation are measures national reports describe. A key left by the door and issues without a written record defeat the locks and the inventory.",
        es = "El almacenamiento por separado, las alarmas y el acceso limitado a personal habilitado con autorización escrita son medidas que describen los informes nacionales. Una llave junto a la puerta y entregas sin registro escrito anulan las cerraduras y el inventario.",
      },
      sources = { "X1", "M12" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "keys",
      prompt = {
        en = "How does the example in the lesson keep the keys to a weapons safe under control?",
        es = "¿Cómo mantiene bajo control las llaves de un armario de armas el ejemplo de la lección?",
      },
      options = {
        { en = "Each officer of the unit has a personal copy, so that no one has to wait", es = "Cada oficial de la unidad tiene una copia personal, para que nadie tenga que esperar" },
        { en = "The duty officer holds them; a second set is kept sealed", es = "Las guarda el oficial de servicio; un segundo juego, sellado" },
        { en = "They stay in the lock day and night, since a sentry guards the room", es = "Se quedan en la cerradura día y noche, porque un centinela vigila la sala" },
      },
      answer = 2,
      explain = {
        en = "Key control means knowing at every moment who holds the keys: the duty officer, with a second set sealed and released only on the commander's authorisation. Copies for everyone, or keys in the lock, leave the locks useless.",
        es = "Controlar las llaves es saber en todo momento quién las tiene: el oficial de servicio, con un segundo juego sellado que solo se entrega con autorización. Copias para todos, o llaves en la cerradura, dejan inútiles las cerraduras.",
      },
      sources = { "X2", "M12" },
      tags = { "stockpile-management" },
    },

    order {
      id = "count-and-report",
      prompt = {
        en = "Put the steps of a count that finds a firearm missing in order.",
        es = "Ordene los pasos de un conteo que descubre que falta un arma.",
      },
      items = {
        { en = "Count the firearms in the racks by serial number", es = "Contar las armas de los armeros por número de serie" },
        { en = "Compare the count with the inventory", es = "Comparar el conteo con el inventario" },
        { en = "Report the discrepancy at once", es = "Notificar la diferencia de inmediato" },
        { en = "Investigate and record the result", es = "Investigar y registrar el resultado" },
        { en = "Report the firearm as lost or stolen, for iARMS", es = "Notificar el arma como perdida o robada, para iARMS" },
      },
      explain = {
        en = "The count by serial number is compared with the inventory; a difference is reported at once and investigated; a firearm that is not found is reported lost or stolen, so that it can be matched if it is recovered elsewhere.",
        es = "El conteo por número de serie se compara con el inventario; una diferencia se notifica de inmediato y se investiga; un arma que no aparece se notifica como perdida o robada, para que pueda cotejarse si se recupera en otro lugar.",
      },
      sources = { "T9", "X3", "I2" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "iarms-loss",
      prompt = {
        en = "Why report a police pistol stolen from the armoury so that it reaches INTERPOL's iARMS?",
        es = "¿Por qué notificar una pistola policial robada del depósito para que llegue a iARMS de INTERPOL?",
      },
      options = {
        { en = "So that a recovery in another country can be matched to it", es = "Para que una recuperación en otro país pueda cotejarse con ella" },
        { en = "iARMS replaces the national inventory once a firearm is lost", es = "iARMS sustituye al inventario nacional desde el momento en que se pierde un arma" },
        { en = "It is only needed when the pistol was made abroad", es = "Solo hace falta si la pistola se fabricó en el extranjero" },
      },
      answer = 1,
      explain = {
        en = "iARMS records lost, stolen, trafficked and seized firearms: a recovery anywhere can be matched to the report. The national inventory still records the loss, whatever the firearm's origin.",
        es = "iARMS registra armas perdidas, robadas, traficadas e incautadas: una recuperación en cualquier lugar puede cotejarse con la notificación. El inventario nacional sigue registrando la pérdida, sea cual sea el origen del arma.",
      },
      sources = { "I2", "T9" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "transport",
      prompt = {
        en = "Rifles and their ammunition are moved from a police armoury to a central store. Which arrangement matches the practice a national report describes?",
        es = "Se trasladan fusiles y su munición de un depósito policial a un almacén central. ¿Qué forma de hacerlo coincide con la práctica que describe un informe nacional?",
      },
      options = {
        { en = "One unmarked van, rifles and ammunition together, to attract no attention", es = "Una furgoneta sin distintivos, fusiles y munición juntos, para no llamar la atención" },
        { en = "An armed escort, with weapons and ammunition in different vehicles", es = "Escolta armada, con armas y munición en vehículos distintos" },
        { en = "Each officer carries a rifle and its ammunition on the next shift change", es = "Cada agente lleva un fusil y su munición en el próximo cambio de turno" },
      },
      answer = 2,
      explain = {
        en = "Secure transport is one of the ISACS 05.20 outcomes; the Netherlands reports that such transports always have an armed escort and carry weapons and ammunition in different vehicles. Together in one vehicle, or spread over many hands, they are easier to divert.",
        es = "El transporte seguro es uno de los resultados de ISACS 05.20; los Países Bajos informan que esos traslados siempre llevan escolta armada y transportan armas y municiones en vehículos distintos. Juntas en un solo vehículo, o repartidas en muchas manos, son más fáciles de desviar.",
      },
      sources = { "T9", "X1" },
      tags = { "stockpile-management" },
    },

    text {
      id = "isacs-module",
      prompt = {
        en = "Type the number of the ISACS module on stockpile management of weapons.",
        es = "Escriba el número del módulo de ISACS sobre la gestión de existencias de armas.",
      },
      answers = { "05.20", "5.20", "ISACS 05.20", "ISACS 5.20", "05,20", "0520" },
      explain = {
        en = "ISACS 05.20 covers stockpile management; 05.30 marking and record-keeping; 05.31 tracing.",
        es = "ISACS 05.20 trata la gestión de existencias; 05.30 el marcaje y el registro; 05.31 el rastreo.",
      },
      sources = { "T9" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "unlirec-baseline",
      prompt = {
        en = "Against which standards do UNLIREC's baseline assessments measure armouries and stockpiles in the region?",
        es = "¿Frente a qué normas miden las evaluaciones de base de UNLIREC los depósitos y las existencias de la región?",
      },
      options = {
        { en = "ISACS and the IATG", es = "ISACS y las IATG" },
        { en = "The Firearms Protocol's marking articles", es = "Los artículos de marcaje del Protocolo sobre armas de fuego" },
        { en = "Each armoury's own internal rules only", es = "Solo las normas internas de cada depósito" },
      },
      answer = 1,
      explain = {
        en = "UNLIREC's baseline assessments measure stockpiles against ISACS and the IATG, the international standards on small arms control and on ammunition.",
        es = "Las evaluaciones de base de UNLIREC miden las existencias frente a ISACS y las IATG, las normas internacionales sobre control de armas pequeñas y sobre municiones.",
      },
      sources = { "M5", "M6" },
      tags = { "stockpile-management" },
    },

    truefalse {
      id = "assess-once",
      prompt = {
        en = "True or false: once a site reaches IATG Level 1, it need not be assessed again.",
        es = "Verdadero o falso: cuando un sitio alcanza el nivel 1 de las IATG, ya no necesita volver a evaluarse.",
      },
      answer = false,
      explain = {
        en = "False: Level 1 is the minimum, and a site is assessed periodically to check that it still meets it, and to move towards levels 2 and 3.",
        es = "Falso: el nivel 1 es el mínimo, y el sitio se evalúa periódicamente para comprobar que lo sigue cumpliendo y para avanzar hacia los niveles 2 y 3.",
      },
      sources = { "M10", "M4", "M6" },
      tags = { "stockpile-management" },
    },

    choice {
      id = "security-plan",
      prompt = {
        en = "Besides locks, access control and inventory, what written document does the OSCE guide ask each site to have?",
        es = "Además de cerraduras, control de acceso e inventario, ¿qué documento escrito pide la guía de la OSCE a cada sitio?",
      },
      options = {
        { en = "A security plan", es = "Un plan de seguridad" },
        { en = "A destruction certificate for each firearm received", es = "Un certificado de destrucción por cada arma recibida" },
        { en = "A yearly list of the surplus to be destroyed", es = "Una lista anual de los excedentes que se destruirán" },
      },
      answer = 1,
      explain = {
        en = "The OSCE guide ends with the security plan, and gives a model for one. Destruction certificates and lists of surplus belong to disposal, not to the security of storage.",
        es = "La guía de la OSCE termina con el plan de seguridad y ofrece un modelo. Los certificados de destrucción y las listas de excedentes corresponden a la eliminación, no a la seguridad del almacenamiento.",
      },
      sources = { "M12" },
      tags = { "stockpile-management" },
    },

    truefalse {
      id = "adjust-register",
      prompt = {
        en = "True or false: when the racks hold fewer firearms than the register, correcting the register closes the matter.",
        es = "Verdadero o falso: cuando los armeros tienen menos armas que el registro, corregir el registro cierra el asunto.",
      },
      answer = false,
      explain = {
        en = "False: a register adjusted to the racks hides the loss. The difference is reported and investigated, and the firearm reported lost or stolen if it is not found.",
        es = "Falso: un registro ajustado a los armeros oculta la pérdida. La diferencia se notifica y se investiga, y el arma se notifica como perdida o robada si no aparece.",
      },
      sources = { "T9", "X3", "M12" },
      tags = { "stockpile-management" },
    },
  },
}
