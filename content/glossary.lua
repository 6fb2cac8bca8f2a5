-- rastro glossary: the course's terms in English and Spanish.
--
-- Every screen of the shell opens it with Ctrl-G. Each term lists its names in each
-- language, the first the preferred one and the others synonyms (lint checks that a
-- text question accepting one name of a term accepts the others too), a definition
-- in each language and the keys of its sources. Spanish names are those of the
-- region's police, customs and courts. Facts from rastro's sourced domain facts
-- (/work/shared/domain.md); the keys name the published sources. Nothing here says
-- how to make, convert, alter or obliterate a firearm or its markings.

return glossary {
  sources = {
    { key = "A1", text = "omb.report/icr/200610-1140-002/doc/654701 (ATF Form 3312.1)" },
    { key = "A2", text = "omb.report/icr/202510-1140-006/doc/163302500 (ATF trace request)" },
    { key = "A3", text = "atf.gov/resource-center/infographics/five-fast-facts-about-national-tracing-center" },
    { key = "A4", text = "atf.gov/resource-center/fact-sheet/fact-sheet-national-tracing-center" },
    { key = "A5", text = "atf.gov/content/properly-identify-firearm-purpose-tracing" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A7", text = "atf.gov/content/what-my-responsibility-respond-request-trace-firearm" },
    { key = "A8", text = "27 CFR 478.92" },
    { key = "A9", text = "ATF Federal Firearms Regulations guidebook" },
    { key = "A10", text = "US Department of State fact sheet, March 2011 (m.state.gov/md166654.htm)" },
    { key = "A11", text = "atf.gov press release 2008-12-12 (Central America eTrace)" },
    { key = "A12", text = "Arizona Republic, 2010-01-07 (Spanish eTrace)" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "A16", text = "usafacts.org, \"Time to crime\" (citing ATF)" },
    { key = "A17", text = "Police investigation handbook, firearms chapter (secondary)" },
    { key = "I1", text = "interpol.int, INTERPOL Firearms Reference Table" },
    { key = "I2", text = "interpol.int, iARMS" },
    { key = "I4", text = "illicitflows.eu/projects/iarms" },
    { key = "I5", text = "INTERPOL iARMS presentation" },
    { key = "U1", text = "UNODC Education for Justice, firearms module 2, common firearm types" },
    { key = "U2", text = "UNODC Education for Justice, firearms module 2, parts and components" },
    { key = "U3", text = "UNODC questionnaire definitions" },
    { key = "U6", text = "UN SDG indicator metadata, indicator 16.4.2" },
    { key = "N1", text = "NIJ firearms examiner training, module 15" },
    { key = "N2", text = "Crime laboratory firearm safety procedure" },
    { key = "T1", text = "UN International Tracing Instrument (2005)" },
    { key = "T2", text = "US national report to the UN on the PoA/ITI" },
    { key = "T3", text = "UN Firearms Protocol Arts. 7-8" },
    { key = "T4", text = "Inter-American Convention (CIFTA)" },
    { key = "T5", text = "OAS CIFTA model legislation on marking and tracing (2007)" },
    { key = "T6", text = "smallarmsstandards.org (OAS draws on ISACS)" },
    { key = "T7", text = "ISACS 05.30" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "T9", text = "ISACS 05.20" },
    { key = "T10", text = "Small Arms Survey, marking, record-keeping and tracing" },
    { key = "T11", text = "C.I.P. (cip-bobp.org)" },
    { key = "T12", text = "UNLIREC marking technical meeting, Port of Spain" },
    { key = "M1", text = "UNODA MOSAIC" },
    { key = "M2", text = "Caribbean Firearms Roadmap (UNLIREC)" },
    { key = "M3", text = "UNLIREC roadmap monitoring" },
    { key = "M7", text = "Arms Trade Treaty reporting" },
    { key = "M10", text = "UN SaferGuard, IATG risk-reduction levels" },
    { key = "S1", text = "Iowa DCI crime lab, serial number restoration" },
    { key = "S5", text = "Firearms identification notes (restoration)" },
    { key = "D1", text = "UNODA small arms destruction" },
    { key = "D2", text = "UN ODA Update, Jan 2003 (Peru destruction)" },
    { key = "D4", text = "Small Arms Survey, unplanned explosions at munitions sites" },
    { key = "D5", text = "defenceWeb, 245 ammunition dump blasts (Small Arms Survey)" },
  },

  terms = {
    ---------------------------------------------------------------------------
    -- Categories and actions
    ---------------------------------------------------------------------------
    term {
      id = "pistol",
      en = { "pistol" },
      es = { "pistola" },
      define = {
        en = "A firearm fired from one hand whose chamber is integral with the barrel. In much of Latin America a semi-automatic pistol is called a \"pistola automática\": ask which is meant.",
        es = "Arma de fuego que se dispara con una mano y cuya recámara está integrada en el cañón. En buena parte de América Latina se llama \"pistola automática\" a la pistola semiautomática: pregunte cuál se quiere decir.",
      },
      sources = { "A5", "U1" },
      see = { "semi-automatic", "chamber" },
    },
    term {
      id = "revolver",
      en = { "revolver" },
      es = { "revólver" },
      define = {
        en = "A firearm whose cartridges are held in a cylinder of chambers, typically five to nine. Its action may be single or double.",
        es = "Arma de fuego cuyos cartuchos se alojan en un tambor de recámaras, por lo general de cinco a nueve. Su mecanismo puede ser de simple o de doble acción.",
      },
      sources = { "A5", "U1" },
      see = { "cylinder", "single-action", "double-action" },
    },
    term {
      id = "rifle",
      en = { "rifle" },
      es = { "fusil", "rifle" },
      define = {
        en = "A shoulder-fired firearm with a rifled bore. A rifled bore usually means a rifle, but some shotguns have rifled slug barrels.",
        es = "Arma de fuego que se dispara apoyada en el hombro, de ánima rayada. El ánima rayada suele indicar un fusil, pero algunas escopetas tienen cañones rayados para postas únicas (slugs).",
      },
      sources = { "A5", "U1" },
      see = { "rifled-bore", "long-gun" },
    },
    term {
      id = "shotgun",
      en = { "shotgun" },
      es = { "escopeta" },
      define = {
        en = "A shoulder-fired firearm with a smooth bore. Shotguns are marked with their gauge, where most other firearms carry a calibre.",
        es = "Arma de fuego que se dispara apoyada en el hombro, de ánima lisa. Las escopetas se marcan con su calibre de escopeta (gauge), donde la mayoría de las demás armas llevan un calibre.",
      },
      sources = { "A5", "A8", "U1" },
      see = { "smooth-bore", "gauge" },
    },
    term {
      id = "machine-gun",
      en = { "machine gun" },
      es = { "ametralladora" },
      define = {
        en = "A fully automatic firearm.",
        es = "Arma de fuego totalmente automática.",
      },
      sources = { "U1", "U3" },
      see = { "automatic", "sub-machine-gun" },
    },
    term {
      id = "sub-machine-gun",
      en = { "sub-machine gun", "submachine gun" },
      es = { "subametralladora" },
      define = {
        en = "A hand-held automatic firearm that fires handgun-type cartridges.",
        es = "Arma de fuego automática que se sostiene con las manos y dispara cartuchos de tipo de arma corta.",
      },
      sources = { "U1", "U3" },
      see = { "automatic", "machine-gun" },
    },
    term {
      id = "handgun",
      en = { "handgun" },
      es = { "arma corta" },
      define = {
        en = "A firearm fired from one hand, such as a pistol. Sub-machine guns fire handgun-type cartridges.",
        es = "Arma de fuego que se dispara con una mano, como la pistola. Las subametralladoras disparan cartuchos de tipo de arma corta.",
      },
      sources = { "U1", "U3" },
      see = { "pistol", "long-gun" },
    },
    term {
      id = "long-gun",
      en = { "long gun", "shoulder arm" },
      es = { "arma larga" },
      define = {
        en = "A firearm fired from the shoulder, such as a rifle or a shotgun. Semi-automatic and repeating describe long guns as well as pistols.",
        es = "Arma de fuego que se dispara apoyada en el hombro, como el fusil o la escopeta. Semiautomática y de repetición describen armas largas tanto como pistolas.",
      },
      sources = { "A5", "U1" },
      see = { "rifle", "shotgun" },
    },
    term {
      id = "single-action",
      en = { "single action" },
      es = { "simple acción", "acción simple" },
      define = {
        en = "An action in which the hammer is cocked by hand before the trigger is pulled. Revolvers are single or double action, and so are pistols (single action, double/single action, double-action-only).",
        es = "Mecanismo en el que el martillo se amartilla a mano antes de accionar el gatillo. Los revólveres son de simple o de doble acción, y también las pistolas (simple acción, doble/simple acción, solo doble acción).",
      },
      sources = { "U1" },
      see = { "double-action", "cock" },
    },
    term {
      id = "double-action",
      en = { "double action" },
      es = { "doble acción" },
      define = {
        en = "An action in which pulling the trigger also cocks the hammer. Pistols are also described as double/single action or double-action-only: the terms are not kept to revolvers.",
        es = "Mecanismo en el que accionar el gatillo también amartilla el martillo. Las pistolas también se describen como de doble/simple acción o de solo doble acción: los términos no son exclusivos de los revólveres.",
      },
      sources = { "U1" },
      see = { "single-action", "cock" },
    },
    term {
      id = "cock",
      en = { "cock", "cock the hammer" },
      es = { "amartillar", "montar el martillo" },
      define = {
        en = "To set the hammer back: by hand in single action; in double action the trigger pull does it too.",
        es = "Llevar el martillo hacia atrás: a mano en simple acción; en doble acción también lo hace el accionamiento del gatillo.",
      },
      sources = { "U1" },
      see = { "hammer", "single-action", "double-action" },
    },
    term {
      id = "single-shot",
      en = { "single shot", "single-shot" },
      es = { "de un solo tiro", "tiro a tiro", "monotiro" },
      define = {
        en = "An action that holds one cartridge, loaded for each shot: one of the pistol actions, beside repeating, semi-automatic and automatic.",
        es = "Mecanismo que aloja un solo cartucho, que se carga para cada disparo: uno de los mecanismos de las pistolas, junto a los de repetición, semiautomático y automático.",
      },
      sources = { "U1" },
      see = { "repeating" },
    },
    term {
      id = "repeating",
      en = { "repeating", "repeater" },
      es = { "de repetición" },
      define = {
        en = "An action in which the shooter works the mechanism by hand to bring the next cartridge into the chamber. It describes pistols and long guns alike.",
        es = "Mecanismo en el que el tirador acciona a mano el mecanismo para llevar el siguiente cartucho a la recámara. Describe tanto pistolas como armas largas.",
      },
      sources = { "U1" },
      see = { "single-shot", "semi-automatic" },
    },
    term {
      id = "semi-automatic",
      en = { "semi-automatic", "semiautomatic", "self-loading" },
      es = { "semiautomática", "semiautomático" },
      define = {
        en = "An action that fires one shot for each pull of the trigger and loads the next cartridge itself. It describes pistols and long guns. In much of Latin America a semi-automatic pistol is called a \"pistola automática\".",
        es = "Mecanismo que dispara un tiro por cada accionamiento del gatillo y carga por sí mismo el siguiente cartucho. Describe pistolas y armas largas. En buena parte de América Latina se llama \"pistola automática\" a la pistola semiautomática.",
      },
      sources = { "U1" },
      see = { "automatic", "pistol" },
    },
    term {
      id = "automatic",
      en = { "automatic", "fully automatic" },
      es = { "automática", "totalmente automática", "de fuego automático" },
      define = {
        en = "An action that keeps firing while the trigger is held: machine guns and sub-machine guns are automatic. A \"pistola automática\" in the region's speech is usually a semi-automatic pistol: check before recording it.",
        es = "Mecanismo que sigue disparando mientras se mantiene accionado el gatillo: las ametralladoras y subametralladoras son automáticas. La \"pistola automática\" del habla de la región suele ser una pistola semiautomática: verifíquelo antes de registrarla.",
      },
      sources = { "U1", "U3" },
      see = { "semi-automatic", "machine-gun" },
    },

    ---------------------------------------------------------------------------
    -- Parts
    ---------------------------------------------------------------------------
    term {
      id = "frame-or-receiver",
      en = { "frame or receiver", "receiver", "frame" },
      es = { "cajón de mecanismos", "armazón", "receptor" },
      define = {
        en = "The part that is the primary reference point for identifying a firearm (ISACS 05.31). US law puts the serial number on it, with the maker's or importer's name; many pistols repeat the serial number on the slide and barrel, but the one on the frame or receiver identifies the firearm.",
        es = "La pieza que es el punto de referencia principal para identificar un arma de fuego (ISACS 05.31). La ley de EE. UU. pone en ella el número de serie, con el nombre del fabricante o del importador; muchas pistolas repiten el número de serie en la corredera y el cañón, pero el del cajón de mecanismos o armazón es el que identifica el arma.",
      },
      sources = { "T8", "A8", "U2" },
      see = { "serial-number", "parts-and-components" },
    },
    term {
      id = "barrel",
      en = { "barrel" },
      es = { "cañón" },
      define = {
        en = "A part and component of a firearm under the Firearms Protocol. Its bore is rifled or smooth. Model, calibre or gauge, foreign maker and country of manufacture may be marked on it, and many pistols repeat the serial number on it.",
        es = "Pieza y componente del arma de fuego según el Protocolo sobre armas de fuego. Su ánima es rayada o lisa. El modelo, el calibre, el fabricante extranjero y el país de fabricación pueden marcarse en él, y muchas pistolas repiten en él el número de serie.",
      },
      sources = { "U2", "T3", "A5", "A8" },
      see = { "bore", "frame-or-receiver" },
    },
    term {
      id = "slide",
      en = { "slide", "pistol slide" },
      es = { "corredera" },
      define = {
        en = "A part and component of a pistol under the Firearms Protocol. Model and calibre may be marked on it; many pistols repeat the serial number on it, but the frame or receiver carries the one that identifies the firearm.",
        es = "Pieza y componente de la pistola según el Protocolo sobre armas de fuego. El modelo y el calibre pueden marcarse en ella; muchas pistolas repiten en ella el número de serie, pero el que identifica el arma es el del cajón de mecanismos o armazón.",
      },
      sources = { "U2", "T3", "A8" },
      see = { "frame-or-receiver" },
    },
    term {
      id = "cylinder",
      en = { "cylinder" },
      es = { "tambor", "cilindro" },
      define = {
        en = "The part of a revolver that holds its chambers, typically five to nine; a part and component under the Firearms Protocol. When a revolver is made safe at a scene, which chambers are loaded is recorded.",
        es = "La pieza del revólver que aloja sus recámaras, por lo general de cinco a nueve; pieza y componente según el Protocolo sobre armas de fuego. Cuando se pone en condición segura un revólver en el lugar de los hechos, se registra qué recámaras están cargadas.",
      },
      sources = { "U1", "U2", "N1" },
      see = { "revolver", "chamber" },
    },
    term {
      id = "bolt",
      en = { "bolt or breech block", "bolt", "breech block" },
      es = { "cerrojo", "bloque de cierre" },
      define = {
        en = "A part and component of a firearm named in the Firearms Protocol (Art. 3(b)), like the barrel, the frame or receiver and the slide or cylinder.",
        es = "Pieza y componente del arma de fuego nombrada en el Protocolo sobre armas de fuego (art. 3(b)), como el cañón, el cajón de mecanismos o armazón y la corredera o el tambor.",
      },
      sources = { "U2", "T3" },
      see = { "parts-and-components" },
    },
    term {
      id = "chamber",
      en = { "chamber" },
      es = { "recámara" },
      define = {
        en = "Where the cartridge is held to be fired: integral with the barrel in a pistol, several of them in a revolver's cylinder. Whether a round is in the chamber is recorded while a firearm is made safe at a scene.",
        es = "Donde se aloja el cartucho para el disparo: integrada en el cañón en la pistola, varias en el tambor del revólver. Si hay un cartucho en la recámara se registra mientras se pone el arma en condición segura en el lugar de los hechos.",
      },
      sources = { "U1", "N1" },
      see = { "cylinder", "render-safe" },
    },
    term {
      id = "magazine",
      en = { "magazine" },
      es = { "cargador", "proveedor" },
      define = {
        en = "The container that holds the cartridges fed to the chamber. Whether a magazine is in the firearm is recorded while it is made safe at a scene.",
        es = "El depósito que aloja los cartuchos que pasan a la recámara. Si el arma tiene el cargador puesto se registra mientras se pone en condición segura en el lugar de los hechos.",
      },
      sources = { "N1" },
      see = { "render-safe" },
    },
    term {
      id = "hammer",
      en = { "hammer" },
      es = { "martillo" },
      define = {
        en = "The part cocked by hand in single action and by the trigger pull in double action. Its position is recorded when a firearm is made safe at a scene.",
        es = "La pieza que se amartilla a mano en simple acción y con el accionamiento del gatillo en doble acción. Su posición se registra cuando se pone el arma en condición segura en el lugar de los hechos.",
      },
      sources = { "U1", "N1" },
      see = { "cock", "trigger" },
    },
    term {
      id = "trigger",
      en = { "trigger" },
      es = { "gatillo", "disparador" },
      define = {
        en = "The part the shooter pulls to fire; in double action the pull also cocks the hammer.",
        es = "La pieza que el tirador acciona para disparar; en doble acción, ese accionamiento también amartilla el martillo.",
      },
      sources = { "U1" },
      see = { "hammer", "double-action" },
    },
    term {
      id = "safety",
      en = { "safety", "safety catch" },
      es = { "seguro" },
      define = {
        en = "The control on a firearm that is set on or off (safe or fire). Its position is recorded, with the hammer's, when a firearm is made safe at a scene.",
        es = "El mando del arma que se pone o se quita (seguro puesto o quitado). Su posición se registra, con la del martillo, cuando se pone el arma en condición segura en el lugar de los hechos.",
      },
      sources = { "N1" },
      see = { "render-safe" },
    },
    term {
      id = "suppressor",
      en = { "sound suppressor", "silencer", "suppressor" },
      es = { "silenciador", "supresor de sonido" },
      define = {
        en = "A device designed to diminish the sound of firing: a part and component of a firearm under the Firearms Protocol (Art. 3(b)).",
        es = "Dispositivo concebido para atenuar el sonido del disparo: pieza y componente del arma de fuego según el Protocolo sobre armas de fuego (art. 3(b)).",
      },
      sources = { "U2", "T3" },
      see = { "parts-and-components" },
    },
    term {
      id = "parts-and-components",
      en = { "parts and components" },
      es = { "piezas y componentes", "partes y componentes" },
      define = {
        en = "Under the Firearms Protocol (Art. 3(b)), any element specifically designed for a firearm and essential to its operation, including the barrel, the frame or receiver, the slide or cylinder, the bolt or breech block, and any device designed to diminish the sound of firing. The list is open: there is no fixed number of essential parts.",
        es = "Según el Protocolo sobre armas de fuego (art. 3(b)), todo elemento concebido específicamente para un arma de fuego e indispensable para su funcionamiento, incluidos el cañón, el cajón de mecanismos o armazón, la corredera o el tambor, el cerrojo o bloque de cierre, y todo dispositivo concebido para atenuar el sonido del disparo. La lista es abierta: no hay un número fijo de piezas esenciales.",
      },
      sources = { "U2", "T3" },
      see = { "frame-or-receiver", "barrel", "suppressor" },
    },
    term {
      id = "bore",
      en = { "bore" },
      es = { "ánima" },
      define = {
        en = "The inside of the barrel: rifled in rifles, smooth in shotguns (though some shotguns have rifled slug barrels).",
        es = "El interior del cañón: rayada en los fusiles, lisa en las escopetas (aunque algunas escopetas tienen cañones rayados para postas únicas).",
      },
      sources = { "A5", "U1" },
      see = { "rifled-bore", "smooth-bore" },
    },
    term {
      id = "rifled-bore",
      en = { "rifled bore", "rifling" },
      es = { "ánima rayada", "estriado" },
      define = {
        en = "A bore cut with grooves. It usually means a rifle; some shotguns have rifled slug barrels.",
        es = "Ánima con estrías. Suele indicar un fusil; algunas escopetas tienen cañones rayados para postas únicas.",
      },
      sources = { "A5", "U1" },
      see = { "rifle", "bore" },
    },
    term {
      id = "smooth-bore",
      en = { "smooth bore", "smoothbore" },
      es = { "ánima lisa" },
      define = {
        en = "A bore without grooves, as in a shotgun.",
        es = "Ánima sin estrías, como la de la escopeta.",
      },
      sources = { "A5", "U1" },
      see = { "shotgun", "bore" },
    },
    term {
      id = "calibre",
      en = { "calibre", "caliber" },
      es = { "calibre" },
      define = {
        en = "The size of cartridge a firearm is made for, marked on most firearms (shotguns carry their gauge). It is one of the identifiers a trace needs, and a required field of the trace request.",
        es = "El tamaño de cartucho para el que está hecha un arma, marcado en la mayoría de las armas (las escopetas llevan su calibre de escopeta o gauge). Es uno de los identificadores que necesita un rastreo y un campo obligatorio de la solicitud de rastreo.",
      },
      sources = { "A8", "A6", "A1" },
      see = { "gauge", "identifiers" },
    },
    term {
      id = "gauge",
      en = { "gauge" },
      es = { "calibre de escopeta", "gauge" },
      define = {
        en = "What a shotgun is marked with in place of a calibre.",
        es = "Lo que se marca en una escopeta en lugar del calibre.",
      },
      sources = { "A5", "A8" },
      see = { "shotgun", "calibre" },
    },
    term {
      id = "cartridge",
      en = { "cartridge", "round" },
      es = { "cartucho" },
      define = {
        en = "One round of ammunition. Whether a round is in the chamber is recorded while a firearm is made safe; sub-machine guns fire handgun-type cartridges.",
        es = "Una unidad de munición. Si hay un cartucho en la recámara se registra mientras se pone el arma en condición segura; las subametralladoras disparan cartuchos de tipo de arma corta.",
      },
      sources = { "N1", "U3" },
      see = { "ammunition", "chamber" },
    },
    term {
      id = "ammunition",
      en = { "ammunition" },
      es = { "munición", "municiones" },
      define = {
        en = "The cartridges a firearm fires. Ammunition removed when a firearm is unloaded at a scene is packaged separately and labelled to the firearm.",
        es = "Los cartuchos que dispara un arma. La munición que se retira al descargar un arma en el lugar de los hechos se embala por separado y se rotula con referencia al arma.",
      },
      sources = { "N1" },
      see = { "cartridge", "render-safe" },
    },
    term {
      id = "muzzle",
      en = { "muzzle" },
      es = { "boca del cañón", "boca de fuego" },
      define = {
        en = "The open end of the barrel. A firearm is checked and made safe with its muzzle in a safe direction, and never picked up by pushing a pencil or other object into the barrel.",
        es = "El extremo abierto del cañón. Un arma se revisa y se pone en condición segura con la boca del cañón en una dirección segura, y nunca se levanta introduciendo un lápiz u otro objeto en el cañón.",
      },
      sources = { "N2", "A17" },
      see = { "render-safe" },
    },

    ---------------------------------------------------------------------------
    -- Safe handling and evidence
    ---------------------------------------------------------------------------
    term {
      id = "render-safe",
      en = { "render safe", "make safe", "unload" },
      es = { "poner en condición segura", "descargar" },
      define = {
        en = "Treat every firearm as loaded: check it and render it safe before any other action, muzzle in a safe direction. At a scene it is first photographed where it lies; while it is unloaded its condition is recorded (hammer and safety position, round in the chamber, magazine, loaded chambers of a cylinder). If in doubt, call a firearms instructor, armourer or examiner.",
        es = "Trate toda arma como cargada: revísela y póngala en condición segura antes de cualquier otra acción, con la boca del cañón en una dirección segura. En el lugar de los hechos primero se fotografía donde está; mientras se descarga se registra su condición (posición del martillo y del seguro, cartucho en la recámara, cargador, recámaras cargadas del tambor). Ante la duda, llame a un instructor de tiro, un armero o un perito.",
      },
      sources = { "N2", "N1" },
      see = { "evidence", "firearms-examiner" },
    },
    term {
      id = "evidence",
      en = { "evidence", "physical evidence", "item of evidence" },
      es = { "indicio", "elemento material probatorio", "evidencia física" },
      define = {
        en = "What is collected at a scene for the investigation and the court. A firearm is photographed where it lies before it is touched, its condition recorded while it is made safe, and the ammunition removed is packaged separately and labelled to it.",
        es = "Lo que se recoge en el lugar de los hechos para la investigación y el tribunal. El arma se fotografía donde está antes de tocarla, su condición se registra mientras se pone en condición segura, y la munición retirada se embala por separado y se rotula con referencia a ella.",
      },
      sources = { "N1" },
      see = { "render-safe", "firearms-examiner" },
    },
    term {
      id = "firearms-examiner",
      en = { "firearms examiner", "examiner" },
      es = { "perito en balística", "perito balístico" },
      define = {
        en = "The laboratory specialist in firearms. An officer in doubt at a scene calls a firearms instructor, armourer or examiner; restoring an obliterated serial number is laboratory work.",
        es = "El especialista en armas de fuego del laboratorio. El agente que tiene dudas en el lugar de los hechos llama a un instructor de tiro, un armero o un perito; restaurar un número de serie borrado es trabajo de laboratorio.",
      },
      sources = { "N1", "S1" },
      see = { "armourer", "restoration" },
    },
    term {
      id = "armourer",
      en = { "armourer", "armorer" },
      es = { "armero" },
      define = {
        en = "A specialist who looks after firearms; one of those to call at a scene when in doubt about making a firearm safe.",
        es = "Especialista que se ocupa del mantenimiento de las armas; una de las personas a quien llamar en el lugar de los hechos ante la duda al poner un arma en condición segura.",
      },
      sources = { "N1" },
      see = { "firearms-examiner", "render-safe" },
    },

    ---------------------------------------------------------------------------
    -- Markings
    ---------------------------------------------------------------------------
    term {
      id = "marking",
      en = { "marking", "mark" },
      es = { "marcaje", "marca", "marcado" },
      define = {
        en = "Identifying information put on a firearm so that it can be traced; one of the three pillars of tracing, with record-keeping and cooperation. The ITI (paragraph 7) asks for marks on an exposed surface, conspicuous without tools, recognisable, readable, durable and, as far as possible, recoverable.",
        es = "Información de identificación puesta en un arma de fuego para poder rastrearla; uno de los tres pilares del rastreo, con el registro y la cooperación. El ITI (párrafo 7) pide marcas en una superficie expuesta, visibles sin herramientas, reconocibles, legibles, duraderas y, en lo posible, recuperables.",
      },
      sources = { "T1", "T10", "A10" },
      see = { "serial-number", "iti" },
    },
    term {
      id = "serial-number",
      en = { "serial number", "serial" },
      es = { "número de serie", "serie" },
      define = {
        en = "The number that singles out a firearm, marked at manufacture (ITI 8(a)) and, under US law, on the frame or receiver. Do not confuse model or patent numbers with it; duplicate serial numbers occur on different firearms of the same make.",
        es = "El número que individualiza un arma, marcado en la fabricación (ITI 8(a)) y, según la ley de EE. UU., en el cajón de mecanismos o armazón. No lo confunda con los números de modelo o de patente; hay números de serie duplicados en armas distintas de la misma marca.",
      },
      sources = { "T1", "A8", "A17" },
      see = { "frame-or-receiver", "model", "obliterated-serial-number" },
    },
    term {
      id = "model",
      en = { "model", "model number" },
      es = { "modelo", "número de modelo" },
      define = {
        en = "The maker's designation of the firearm's design: one of the identifiers a trace needs. It may be marked on the frame or receiver, the barrel or the pistol slide. It is not a serial number.",
        es = "La designación que da el fabricante al diseño del arma: uno de los identificadores que necesita un rastreo. Puede marcarse en el cajón de mecanismos o armazón, el cañón o la corredera. No es un número de serie.",
      },
      sources = { "A8", "A6", "A17" },
      see = { "serial-number", "identifiers" },
    },
    term {
      id = "patent-number",
      en = { "patent number" },
      es = { "número de patente" },
      define = {
        en = "A number marked on some firearms that ISACS 05.31 asks to be recorded; it is not a serial number and must not be sent as one.",
        es = "Número marcado en algunas armas que la ISACS 05.31 pide registrar; no es un número de serie y no debe enviarse como tal.",
      },
      sources = { "T8", "A17" },
      see = { "serial-number", "assembly-number" },
    },
    term {
      id = "assembly-number",
      en = { "assembly number" },
      es = { "número de ensamble", "número de montaje" },
      define = {
        en = "A number on parts of a firearm that ISACS 05.31 asks to be recorded, with proof marks and patent numbers; it is not the serial number.",
        es = "Número en piezas del arma que la ISACS 05.31 pide registrar, con las marcas de banco de pruebas y los números de patente; no es el número de serie.",
      },
      sources = { "T8" },
      see = { "serial-number", "patent-number" },
    },
    term {
      id = "proof-mark",
      en = { "proof mark" },
      es = { "marca de banco de pruebas", "punzón de prueba", "marca de prueba" },
      define = {
        en = "The mark of a proof house. The C.I.P.'s 14 member states (Chile is one) recognise each other's proof marks. The US has no proof law: US-made firearms, common in the region, carry no C.I.P. proof marks. Small stamps may also be inspector, military acceptance or factory marks.",
        es = "La marca de un banco de pruebas. Los 14 Estados miembros de la C.I.P. (Chile es uno) reconocen mutuamente sus marcas. EE. UU. no tiene ley de pruebas: las armas fabricadas en EE. UU., comunes en la región, no llevan marcas de prueba de la C.I.P. Los pequeños punzones pueden ser también marcas de inspector, de aceptación militar o de fábrica.",
      },
      sources = { "T11" },
      see = { "proof-house", "cip" },
    },
    term {
      id = "proof-house",
      en = { "proof house" },
      es = { "banco de pruebas", "banco oficial de pruebas" },
      define = {
        en = "The official body that proofs firearms. In C.I.P. member states every small arm is proofed in the proof house of the state where it was made or first imported.",
        es = "El organismo oficial que prueba las armas. En los Estados miembros de la C.I.P. toda arma portátil se prueba en el banco de pruebas del Estado donde se fabricó o se importó por primera vez.",
      },
      sources = { "T11" },
      see = { "proof-mark", "cip" },
    },
    term {
      id = "cip",
      en = { "C.I.P.", "CIP" },
      es = { "C.I.P.", "Comisión Internacional Permanente" },
      define = {
        en = "The permanent international commission for the proof of small arms: 14 member states that recognise each other's proof marks; Chile is one of them.",
        es = "La comisión internacional permanente para la prueba de armas portátiles: 14 Estados miembros que reconocen mutuamente sus marcas de prueba; Chile es uno de ellos.",
      },
      sources = { "T11" },
      see = { "proof-mark" },
    },
    term {
      id = "import-mark",
      en = { "import mark" },
      es = { "marca de importación" },
      define = {
        en = "The mark put on a firearm when it is imported: the country of import and, where possible, the year (ITI 8(b), Firearms Protocol Art. 8), and a unique mark if it has none. US importers must mark within 15 days of release from customs.",
        es = "La marca que se pone en un arma al importarla: el país de importación y, cuando sea posible, el año (ITI 8(b), Protocolo sobre armas de fuego art. 8), y una marca única si no la tiene. Los importadores de EE. UU. deben marcar dentro de los 15 días siguientes al levante.",
      },
      sources = { "T1", "T3", "A9" },
      see = { "customs-release", "importer" },
    },
    term {
      id = "transfer-mark",
      en = { "transfer mark" },
      es = { "marca de transferencia" },
      define = {
        en = "A mark identifying the transferring country, put on a firearm moved from government stocks to permanent civilian use (ITI 8(c); also Firearms Protocol Art. 8).",
        es = "Marca que identifica al país que transfiere, puesta en un arma que pasa de existencias estatales a uso civil permanente (ITI 8(c); también Protocolo sobre armas de fuego art. 8).",
      },
      sources = { "T1", "T3" },
      see = { "state-stockpile" },
    },
    term {
      id = "manufacturer",
      en = { "manufacturer", "maker" },
      es = { "fabricante" },
      define = {
        en = "Who made the firearm: marked at manufacture with the country (ITI 8(a)), first link of the trace chain, and one of the identifiers a trace needs. Check the name and its codes in the IFRT before a trace.",
        es = "Quien fabricó el arma: se marca en la fabricación con el país (ITI 8(a)), es el primer eslabón de la cadena de rastreo y uno de los identificadores que necesita un rastreo. Verifique el nombre y sus códigos en la IFRT antes de rastrear.",
      },
      sources = { "T1", "A6", "I1" },
      see = { "importer", "ifrt" },
    },
    term {
      id = "importer",
      en = { "importer" },
      es = { "importador" },
      define = {
        en = "Who brought the firearm into a country; US importers mark it within 15 days of release from customs. On the ATF trace request the importer is required when the firearm was made outside the US.",
        es = "Quien introdujo el arma en un país; los importadores de EE. UU. la marcan dentro de los 15 días siguientes al levante. En la solicitud de rastreo de la ATF el importador es obligatorio cuando el arma se fabricó fuera de EE. UU.",
      },
      sources = { "A9", "A1", "A6" },
      see = { "import-mark", "trace-request" },
    },
    term {
      id = "country-of-origin",
      en = { "country of origin", "country of manufacture" },
      es = { "país de origen", "país de fabricación" },
      define = {
        en = "The country where the firearm was made, marked at manufacture (ITI 8(a)); a required field of the trace request.",
        es = "El país donde se fabricó el arma, marcado en la fabricación (ITI 8(a)); campo obligatorio de la solicitud de rastreo.",
      },
      sources = { "T1", "A1" },
      see = { "manufacturer" },
    },
    term {
      id = "obliterated-serial-number",
      en = { "obliterated serial number", "defaced serial number" },
      es = { "número de serie borrado", "número de serie obliterado" },
      define = {
        en = "A serial number that has been removed or made unreadable. Recognise it, preserve and photograph the firearm, say so on the trace request (obliterated: yes) and send it to the laboratory.",
        es = "Número de serie que fue eliminado o vuelto ilegible. Reconózcalo, preserve y fotografíe el arma, indíquelo en la solicitud de rastreo (borrado: sí) y envíela al laboratorio.",
      },
      sources = { "A1", "S1" },
      see = { "restoration", "serial-number" },
    },
    term {
      id = "restoration",
      en = { "serial number restoration", "restoration" },
      es = { "restauración del número de serie", "restauración" },
      define = {
        en = "Laboratory work that makes an obliterated serial number readable again: a task for the laboratory, not for the scene. Restored characters can fade: they are photographed at once.",
        es = "Trabajo de laboratorio que vuelve legible un número de serie borrado: una tarea del laboratorio, no del lugar de los hechos. Los caracteres restaurados pueden desvanecerse: se fotografían de inmediato.",
      },
      sources = { "S1", "S5" },
      see = { "obliterated-serial-number", "firearms-examiner" },
    },

    ---------------------------------------------------------------------------
    -- Records and tracing
    ---------------------------------------------------------------------------
    term {
      id = "record-keeping",
      en = { "record-keeping", "records" },
      es = { "registro", "registros", "conservación de registros" },
      define = {
        en = "Keeping the records that let a firearm be traced; one of the three pillars of tracing. The ITI asks that manufacturing records be kept at least 30 years and other records, import and export included, at least 20; the Firearms Protocol (Art. 7) at least 10 years. US law keeps manufacturing records indefinitely.",
        es = "Conservar los registros que permiten rastrear un arma; uno de los tres pilares del rastreo. El ITI pide conservar los registros de fabricación al menos 30 años y los demás, incluidos los de importación y exportación, al menos 20; el Protocolo sobre armas de fuego (art. 7), al menos 10 años. La ley de EE. UU. conserva los registros de fabricación indefinidamente.",
      },
      sources = { "T2", "T3", "T10" },
      see = { "national-registry", "tracing" },
    },
    term {
      id = "national-registry",
      en = { "national registry", "central registry" },
      es = { "registro nacional de armas", "registro central" },
      define = {
        en = "A state's central record of firearms, searched first when a firearm is recovered, before iARMS and a trace request.",
        es = "El registro central de armas de un Estado, que se consulta primero cuando se recupera un arma, antes de iARMS y de la solicitud de rastreo.",
      },
      sources = { "I4", "I5", "T7" },
      see = { "iarms", "record-keeping" },
    },
    term {
      id = "tracing",
      en = { "tracing", "trace", "firearm trace" },
      es = { "rastreo", "localización", "rastreo de armas de fuego" },
      define = {
        en = "Following a recovered firearm from its maker or importer, through the distribution chain, to the first retail purchaser. It rests on marking, record-keeping and cooperation. ISACS 05.31 steps: unique identification, domestic trace, international trace, finding the point of diversion, acting to prevent repeats.",
        es = "Seguir un arma recuperada desde su fabricante o importador, por la cadena de distribución, hasta el primer comprador minorista. Se apoya en el marcaje, el registro y la cooperación. Pasos de la ISACS 05.31: identificación única, rastreo nacional, rastreo internacional, hallar el punto de desvío y actuar para que no se repita.",
      },
      sources = { "A2", "A6", "T8", "T10" },
      see = { "trace-request", "trace-chain", "point-of-diversion" },
    },
    term {
      id = "trace-request",
      en = { "trace request", "trace request form" },
      es = { "solicitud de rastreo", "formulario de solicitud de rastreo" },
      define = {
        en = "The form that asks for a trace (ATF Form 3312.1; in Spanish 3312.1(S), \"Solicitud de Rastreo\"). Required firearm fields: serial number (from the frame or receiver), type, calibre, manufacturer, model, country of origin, and importer if made outside the US. Also: obliterated yes or no, other markings, possessor, priority, crime code and the requesting agency.",
        es = "El formulario con que se pide un rastreo (formulario ATF 3312.1; en español 3312.1(S), \"Solicitud de Rastreo\"). Campos obligatorios del arma: número de serie (del cajón de mecanismos o armazón), tipo, calibre, fabricante, modelo, país de origen, e importador si se fabricó fuera de EE. UU. Además: borrado sí o no, otras marcas, poseedor, prioridad, código de delito y la agencia solicitante.",
      },
      sources = { "A1", "A2" },
      see = { "identifiers", "priority", "crime-code" },
    },
    term {
      id = "identifiers",
      en = { "firearm identifiers", "identifiers" },
      es = { "identificadores del arma", "identificadores" },
      define = {
        en = "Manufacturer, importer (if any), model, calibre and serial number: the least a trace needs. \"The success of a trace relies upon the accuracy of the supplied firearm identifiers.\"",
        es = "Fabricante, importador (si lo hay), modelo, calibre y número de serie: lo mínimo que necesita un rastreo. \"El éxito de un rastreo depende de la exactitud de los identificadores del arma que se envían.\"",
      },
      sources = { "A6" },
      see = { "trace-request", "ifrt" },
    },
    term {
      id = "priority",
      en = { "trace priority", "priority" },
      es = { "prioridad del rastreo", "prioridad" },
      define = {
        en = "Routine or Urgent, chosen on the trace request; Urgent needs a justification. The National Tracing Center aims to complete urgent traces in under 24 hours; routine ones took about 7 days on average in 2023.",
        es = "Rutinaria o urgente, según se marque en la solicitud de rastreo; la urgente necesita una justificación. El Centro Nacional de Rastreo procura completar los rastreos urgentes en menos de 24 horas; los rutinarios tardaron unos 7 días en promedio en 2023.",
      },
      sources = { "A1", "A3", "A4" },
      see = { "trace-request", "ntc" },
    },
    term {
      id = "crime-code",
      en = { "crime code" },
      es = { "código de delito" },
      define = {
        en = "The code of the offence a firearm is linked to, one of the fields of the trace request.",
        es = "El código del delito con el que se relaciona el arma, uno de los campos de la solicitud de rastreo.",
      },
      sources = { "A1" },
      see = { "trace-request" },
    },
    term {
      id = "trace-chain",
      en = { "trace chain", "distribution chain", "chain of distribution" },
      es = { "cadena de rastreo", "cadena de distribución" },
      define = {
        en = "Manufacturer or importer, then wholesaler or distributor, then retail dealer, then first retail purchaser. The ATF contacts each in turn until a purchaser is found or the records run out; traces normally end at the first retail sale.",
        es = "Fabricante o importador, luego mayorista o distribuidor, luego comerciante minorista, luego primer comprador minorista. La ATF contacta a cada uno por turno hasta hallar un comprador o hasta que se acaban los registros; los rastreos suelen terminar en la primera venta al por menor.",
      },
      sources = { "A2", "A4", "A6", "A7" },
      see = { "first-retail-purchaser", "tracing" },
    },
    term {
      id = "wholesaler",
      en = { "wholesaler", "distributor" },
      es = { "mayorista", "distribuidor" },
      define = {
        en = "The link of the trace chain between the manufacturer or importer and the retail dealer.",
        es = "El eslabón de la cadena de rastreo entre el fabricante o importador y el comerciante minorista.",
      },
      sources = { "A2", "A6" },
      see = { "trace-chain" },
    },
    term {
      id = "retail-dealer",
      en = { "retail dealer", "dealer" },
      es = { "comerciante minorista", "vendedor minorista" },
      define = {
        en = "The seller who makes the first retail sale; US dealers must answer a trace request within 24 hours.",
        es = "El vendedor que hace la primera venta al por menor; los comerciantes de EE. UU. deben responder a una solicitud de rastreo en 24 horas.",
      },
      sources = { "A7", "A2" },
      see = { "first-retail-purchaser", "trace-chain" },
    },
    term {
      id = "first-retail-purchaser",
      en = { "first retail purchaser", "first purchaser" },
      es = { "primer comprador minorista", "primer comprador" },
      define = {
        en = "The first buyer from a retail dealer, where a trace normally ends. In 1999, 52% of 164,137 traces reached the first retail purchaser.",
        es = "El primer comprador a un comerciante minorista, donde suele terminar un rastreo. En 1999, el 52 % de 164.137 rastreos llegó al primer comprador minorista.",
      },
      sources = { "A6", "A7", "A13" },
      see = { "trace-chain", "time-to-crime" },
    },
    term {
      id = "time-to-crime",
      en = { "time-to-crime", "time to crime" },
      es = { "tiempo hasta el delito", "tiempo al delito" },
      define = {
        en = "The time from a firearm's first retail sale to its recovery; short times suggest trafficking. Of traced US firearms, 19.7% had a time-to-crime of a year or less in 2019, 32.2% in 2021.",
        es = "El tiempo desde la primera venta al por menor de un arma hasta su recuperación; los tiempos cortos sugieren tráfico. De las armas rastreadas en EE. UU., el 19,7 % tuvo un tiempo hasta el delito de un año o menos en 2019, y el 32,2 % en 2021.",
      },
      sources = { "A16" },
      see = { "first-retail-purchaser" },
    },
    term {
      id = "point-of-diversion",
      en = { "point of diversion", "diversion" },
      es = { "punto de desvío", "desvío" },
      define = {
        en = "Where a firearm left legal hands for the illicit market. ISACS 05.31 makes finding it a step of tracing, so that action can prevent repeats.",
        es = "Donde el arma salió de manos legales hacia el mercado ilícito. La ISACS 05.31 hace de hallarlo un paso del rastreo, para poder actuar y evitar que se repita.",
      },
      sources = { "T8" },
      see = { "tracing" },
    },
    term {
      id = "point-of-contact",
      en = { "national point of contact for tracing", "point of contact" },
      es = { "punto de contacto nacional para el rastreo", "punto de contacto" },
      define = {
        en = "The national office that sends and answers trace requests, as ISACS 05.31 asks each state to have.",
        es = "La oficina nacional que envía y responde solicitudes de rastreo, como la ISACS 05.31 pide que tenga cada Estado.",
      },
      sources = { "T8" },
      see = { "tracing" },
    },
    term {
      id = "ntc",
      en = { "National Tracing Center", "NTC" },
      es = { "Centro Nacional de Rastreo", "NTC" },
      define = {
        en = "The ATF office that runs traces: urgent ones in under 24 hours, routine ones in about 7 days on average (2023). More than 623,000 traces were run in fiscal year 2022.",
        es = "La oficina de la ATF que realiza los rastreos: los urgentes en menos de 24 horas, los rutinarios en unos 7 días en promedio (2023). En el año fiscal 2022 se realizaron más de 623.000 rastreos.",
      },
      sources = { "A3", "A4" },
      see = { "atf", "priority" },
    },
    term {
      id = "atf",
      en = { "ATF" },
      es = { "ATF" },
      define = {
        en = "The US federal agency that traces firearms through its National Tracing Center, contacting each link of the trace chain in turn; its Regional Firearms Advisor trained officers in Central America in identification and tracing.",
        es = "La agencia federal de EE. UU. que rastrea armas por medio de su Centro Nacional de Rastreo, contactando por turno a cada eslabón de la cadena de rastreo; su Asesor Regional de Armas de Fuego capacitó a agentes de Centroamérica en identificación y rastreo.",
      },
      sources = { "A2", "A10" },
      see = { "ntc", "etrace" },
    },
    term {
      id = "etrace",
      en = { "eTrace" },
      es = { "eTrace" },
      define = {
        en = "A web-based system for submitting firearm trace requests and exchanging crime gun data, with a Spanish version. Seven Central American states got it by agreement in 2008; more than 9,300 agencies in 50 foreign countries use it.",
        es = "Sistema en línea para enviar solicitudes de rastreo e intercambiar datos de armas vinculadas a delitos, con una versión en español. Siete Estados centroamericanos lo obtuvieron por acuerdo en 2008; lo usan más de 9.300 agencias de 50 países extranjeros.",
      },
      sources = { "A10", "A11", "A12", "A3" },
      see = { "trace-request", "iarms" },
    },
    term {
      id = "iarms",
      en = { "iARMS" },
      es = { "iARMS" },
      define = {
        en = "INTERPOL's system that records lost, stolen, trafficked or smuggled and seized firearms and handles international trace requests; launched in 2013 and used by 175 countries. Workflow: national registry search, iARMS search and trace, forensics, intelligence analysis.",
        es = "El sistema de INTERPOL que registra armas perdidas, robadas, traficadas o contrabandeadas e incautadas y tramita solicitudes internacionales de rastreo; creado en 2013 y usado por 175 países. Secuencia: consulta al registro nacional, consulta y rastreo en iARMS, análisis forense, análisis de inteligencia.",
      },
      sources = { "I2", "I4", "I5" },
      see = { "ifrt", "national-registry" },
    },
    term {
      id = "ifrt",
      en = { "INTERPOL Firearms Reference Table", "IFRT" },
      es = { "Tabla de Referencia de Armas de Fuego de INTERPOL", "IFRT" },
      define = {
        en = "INTERPOL's reference of more than 250,000 firearm references and 57,000 images, with trademarks and manufacturer codes: check the identifiers in it before a trace.",
        es = "La referencia de INTERPOL, con más de 250.000 referencias de armas y 57.000 imágenes, marcas comerciales y códigos de fabricante: verifique en ella los identificadores antes de un rastreo.",
      },
      sources = { "I1" },
      see = { "identifiers", "iarms" },
    },
    term {
      id = "sdg-16-4-2",
      en = { "SDG indicator 16.4.2", "indicator 16.4.2" },
      es = { "indicador 16.4.2 de los ODS", "indicador 16.4.2" },
      define = {
        en = "The UN indicator that reports the proportion of seized, found or surrendered arms whose illicit origin or context has been traced or established by a competent authority in line with international instruments.",
        es = "El indicador de la ONU que informa la proporción de armas incautadas, encontradas o entregadas cuyo origen o contexto ilícito ha sido rastreado o establecido por una autoridad competente de conformidad con los instrumentos internacionales.",
      },
      sources = { "U6" },
      see = { "tracing" },
    },

    ---------------------------------------------------------------------------
    -- Instruments
    ---------------------------------------------------------------------------
    term {
      id = "iti",
      en = { "International Tracing Instrument", "ITI" },
      es = {
        "Instrumento Internacional de Localización",
        "ITI",
        "Instrumento internacional para permitir a los Estados identificar y localizar, de forma oportuna y fidedigna, armas pequeñas y armas ligeras ilícitas",
      },
      define = {
        en = "A UN instrument of 2005 on marking, record-keeping and cooperation in tracing. It is a political commitment (\"States will...\"), not a treaty. Paragraph 7: quality of marks; 8(a): marks at manufacture (or a symbol-plus-code system); 8(b): on import; 8(c): on transfer from state stocks to civilian use.",
        es = "Instrumento de la ONU de 2005 sobre marcaje, registro y cooperación en el rastreo. Es un compromiso político (\"Los Estados...\"), no un tratado. Párrafo 7: calidad de las marcas; 8(a): marcas en la fabricación (o un sistema de símbolos y código); 8(b): en la importación; 8(c): en la transferencia de existencias estatales a uso civil.",
      },
      sources = { "T1", "T2" },
      see = { "firearms-protocol", "poa", "marking" },
    },
    term {
      id = "firearms-protocol",
      en = { "Firearms Protocol", "UN Firearms Protocol" },
      es = { "Protocolo sobre armas de fuego", "Protocolo de armas de fuego" },
      define = {
        en = "A UN treaty that binds the states that ratified it: records kept at least 10 years (Art. 7), marks at manufacture and import and the transfer mark (Art. 8), and an open list of parts and components (Art. 3(b)).",
        es = "Tratado de la ONU que obliga a los Estados que lo ratificaron: registros conservados al menos 10 años (art. 7), marcas en la fabricación y la importación y la marca de transferencia (art. 8), y una lista abierta de piezas y componentes (art. 3(b)).",
      },
      sources = { "T3", "U2" },
      see = { "iti", "cifta", "parts-and-components" },
    },
    term {
      id = "cifta",
      en = { "CIFTA", "Inter-American Convention" },
      es = { "CIFTA", "Convención Interamericana" },
      define = {
        en = "The OAS treaty of 1997 that binds the states that ratified it; under it, making a firearm without the required marking is illicit manufacturing. The OAS approved model legislation on marking and tracing on 19 April 2007.",
        es = "El tratado de la OEA de 1997 que obliga a los Estados que lo ratificaron; según él, fabricar un arma sin el marcaje exigido es fabricación ilícita. La OEA aprobó una legislación modelo sobre marcaje y rastreo el 19 de abril de 2007.",
      },
      sources = { "T4", "T5" },
      see = { "illicit-manufacturing", "firearms-protocol" },
    },
    term {
      id = "illicit-manufacturing",
      en = { "illicit manufacturing" },
      es = { "fabricación ilícita" },
      define = {
        en = "Under CIFTA, making a firearm without the required marking is illicit manufacturing.",
        es = "Según la CIFTA, fabricar un arma de fuego sin el marcaje exigido es fabricación ilícita.",
      },
      sources = { "T4" },
      see = { "cifta", "marking" },
    },
    term {
      id = "att",
      en = { "Arms Trade Treaty", "ATT" },
      es = { "Tratado sobre el Comercio de Armas", "TCA" },
      define = {
        en = "A treaty binding the states that ratified it; its annual report is due on 31 May.",
        es = "Tratado que obliga a los Estados que lo ratificaron; su informe anual vence el 31 de mayo.",
      },
      sources = { "M7" },
      see = { "firearms-protocol" },
    },
    term {
      id = "poa",
      en = { "Programme of Action", "PoA" },
      es = { "Programa de Acción", "PoA" },
      define = {
        en = "The UN Programme of Action of 2001: like the ITI, a political commitment, not a treaty, on which states send national reports. It is one of the instruments that call for marking.",
        es = "El Programa de Acción de la ONU de 2001: como el ITI, un compromiso político, no un tratado, sobre el que los Estados presentan informes nacionales. Es uno de los instrumentos que piden el marcaje.",
      },
      sources = { "T1", "T12", "M7" },
      see = { "iti" },
    },
    term {
      id = "isacs",
      en = { "ISACS" },
      es = { "ISACS", "normas ISACS" },
      define = {
        en = "The international small arms control standards the OAS draws on: among them ISACS 05.20 on stockpile management, 05.30 on marking (at manufacture, import, transfer from government stocks, permanent confiscation and deactivation) and 05.31 on tracing.",
        es = "Las normas internacionales de control de armas pequeñas en las que se apoya la OEA: entre ellas la ISACS 05.20 sobre gestión de existencias, la 05.30 sobre marcaje (en la fabricación, la importación, la transferencia de existencias estatales, el decomiso definitivo y la inutilización) y la 05.31 sobre rastreo.",
      },
      sources = { "T6", "T7", "T8", "T9" },
      see = { "stockpile-management", "tracing" },
    },
    term {
      id = "iatg",
      en = { "IATG" },
      es = { "IATG" },
      define = {
        en = "The international ammunition technical guidelines of UN SaferGuard, with risk-reduction levels 1 to 3 for ammunition storage; Level 1 is the minimum to reach.",
        es = "Las directrices técnicas internacionales sobre municiones de UN SaferGuard, con niveles de reducción de riesgos del 1 al 3 para el almacenamiento de municiones; el nivel 1 es el mínimo que debe alcanzarse.",
      },
      sources = { "M10" },
      see = { "risk-reduction-level", "unplanned-explosion" },
    },
    term {
      id = "mosaic",
      en = { "MOSAIC" },
      es = { "MOSAIC" },
      define = {
        en = "UNODA's compendium of modules on small arms control (03.10 to 05.60); module 05.60 covers border controls, including training customs officers in identification.",
        es = "El compendio de módulos de UNODA sobre control de armas pequeñas (03.10 a 05.60); el módulo 05.60 trata los controles fronterizos, incluida la capacitación de los funcionarios de aduanas en identificación.",
      },
      sources = { "M1" },
      see = { "customs-release" },
    },
    term {
      id = "roadmap",
      en = { "Caribbean Firearms Roadmap", "Roadmap" },
      es = { "Hoja de Ruta del Caribe sobre armas de fuego", "Hoja de Ruta" },
      define = {
        en = "A regional plan of 16 Caribbean states with a target year of 2030, four goals, key performance indicators and baseline assessments.",
        es = "Plan regional de 16 Estados del Caribe con 2030 como meta, cuatro objetivos, indicadores clave de desempeño y evaluaciones de línea de base.",
      },
      sources = { "M2", "M3" },
    },

    ---------------------------------------------------------------------------
    -- Customs, stockpiles and destruction
    ---------------------------------------------------------------------------
    term {
      id = "customs-release",
      en = { "release from customs", "customs clearance" },
      es = { "levante", "despacho aduanero", "levante de la mercancía" },
      define = {
        en = "The moment customs lets imported goods go to the importer. US importers must mark imported firearms within 15 days of it.",
        es = "El momento en que la aduana entrega la mercancía importada al importador. Los importadores de EE. UU. deben marcar las armas importadas dentro de los 15 días siguientes.",
      },
      sources = { "A9" },
      see = { "import-mark", "importer" },
    },
    term {
      id = "state-stockpile",
      en = { "state stockpile", "government stocks", "national stockpile" },
      es = { "existencias estatales", "existencias del Estado", "arsenal del Estado" },
      define = {
        en = "The firearms and ammunition a state holds. A firearm moved from them to permanent civilian use carries a transfer mark (ITI 8(c)); ISACS 05.20 sets what managing them must achieve.",
        es = "Las armas y municiones que posee un Estado. Un arma que pasa de ellas a uso civil permanente lleva una marca de transferencia (ITI 8(c)); la ISACS 05.20 fija lo que su gestión debe lograr.",
      },
      sources = { "T1", "T9" },
      see = { "stockpile-management", "transfer-mark" },
    },
    term {
      id = "stockpile-management",
      en = { "stockpile management" },
      es = { "gestión de existencias", "gestión de arsenales" },
      define = {
        en = "What ISACS 05.20 expects of it: a defined stockpile composition, secure sites, risk assessment, physical security, inventory and loss reporting, disposal of surplus and secure transport.",
        es = "Lo que espera de ella la ISACS 05.20: una composición definida de las existencias, sitios seguros, evaluación de riesgos, seguridad física, inventario y notificación de pérdidas, eliminación de excedentes y transporte seguro.",
      },
      sources = { "T9" },
      see = { "state-stockpile", "inventory", "surplus" },
    },
    term {
      id = "inventory",
      en = { "inventory" },
      es = { "inventario" },
      define = {
        en = "The account of what a stockpile holds, kept with loss reporting (ISACS 05.20). Firearms to be destroyed are checked against the inventory's serial numbers.",
        es = "La cuenta de lo que contienen las existencias, llevada junto con la notificación de pérdidas (ISACS 05.20). Las armas que se destruyen se cotejan con los números de serie del inventario.",
      },
      sources = { "T9", "D2" },
      see = { "stockpile-management", "destruction" },
    },
    term {
      id = "risk-reduction-level",
      en = { "risk-reduction level" },
      es = { "nivel de reducción de riesgos" },
      define = {
        en = "One of the IATG's levels 1 to 3 of safe and secure ammunition storage; Level 1 is the minimum to reach.",
        es = "Uno de los niveles 1 a 3 de las IATG de almacenamiento seguro de municiones; el nivel 1 es el mínimo que debe alcanzarse.",
      },
      sources = { "M10" },
      see = { "iatg" },
    },
    term {
      id = "unplanned-explosion",
      en = { "unplanned explosion at a munitions site", "unplanned explosion" },
      es = { "explosión no planificada en un depósito de municiones", "explosión no planificada" },
      define = {
        en = "The Small Arms Survey counted 543 unplanned explosions at munitions sites in 103 countries from 1979 to 2016; poor storage and infrastructure caused more than half of those whose cause is known.",
        es = "El Small Arms Survey contó 543 explosiones no planificadas en depósitos de municiones en 103 países entre 1979 y 2016; el mal almacenamiento y la mala infraestructura causaron más de la mitad de aquellas de causa conocida.",
      },
      sources = { "D4", "D5" },
      see = { "stockpile-management", "iatg" },
    },
    term {
      id = "surplus",
      en = { "surplus" },
      es = { "excedentes", "excedente" },
      define = {
        en = "Firearms and ammunition a state holds beyond its needs; ISACS 05.20 asks that surplus be identified and disposed of.",
        es = "Armas y municiones que un Estado posee por encima de sus necesidades; la ISACS 05.20 pide identificar y eliminar los excedentes.",
      },
      sources = { "T9" },
      see = { "destruction" },
    },
    term {
      id = "confiscation",
      en = { "confiscation", "permanent confiscation" },
      es = { "decomiso", "comiso", "decomiso definitivo" },
      define = {
        en = "Permanent loss of a firearm to the state by a decision of the authority: one of the five points at which ISACS 05.30 marks a firearm. Seized and confiscated firearms are destroyed or otherwise disposed of as the law says.",
        es = "Pérdida definitiva de un arma a favor del Estado por decisión de la autoridad: uno de los cinco momentos en que la ISACS 05.30 marca un arma. Las armas incautadas y decomisadas se destruyen o se les da otro destino según disponga la ley.",
      },
      sources = { "T7", "D1" },
      see = { "seizure", "destruction" },
    },
    term {
      id = "seizure",
      en = { "seizure", "seized firearm" },
      es = { "incautación", "aseguramiento", "arma incautada" },
      define = {
        en = "The taking of a firearm by the authorities. iARMS records seized firearms, and SDG indicator 16.4.2 counts the seized, found or surrendered arms whose illicit origin was traced.",
        es = "La toma de un arma por las autoridades. iARMS registra las armas incautadas, y el indicador 16.4.2 de los ODS cuenta las armas incautadas, encontradas o entregadas cuyo origen ilícito se rastreó.",
      },
      sources = { "I2", "U6" },
      see = { "confiscation", "iarms" },
    },
    term {
      id = "destruction",
      en = { "destruction" },
      es = { "destrucción" },
      define = {
        en = "Destroying seized, confiscated or surplus firearms so that they cannot return to illicit markets. In Peru in 2002, 2,573 firearms were checked against the inventory's serial numbers, counted and melted, and a destruction certificate was signed.",
        es = "Destruir armas incautadas, decomisadas o excedentes para que no vuelvan a los mercados ilícitos. En Perú, en 2002, 2.573 armas se cotejaron con los números de serie del inventario, se contaron y se fundieron, y se firmó un acta de destrucción.",
      },
      sources = { "D1", "D2" },
      see = { "destruction-certificate", "surplus" },
    },
    term {
      id = "destruction-certificate",
      en = { "destruction certificate", "certificate of destruction" },
      es = { "acta de destrucción", "certificado de destrucción" },
      define = {
        en = "The signed record that firearms were destroyed, after they were checked against the inventory's serial numbers and counted.",
        es = "El documento firmado que deja constancia de la destrucción de las armas, tras cotejarlas con los números de serie del inventario y contarlas.",
      },
      sources = { "D2" },
      see = { "destruction", "inventory" },
    },
  },
}
