-- rastro's regional instrument: a country's capacity to combat firearms trafficking, in eight
-- pillars (es: "Capacidad nacional para combatir el tráfico ilícito de armas de fuego").
--
-- Facts from rastro's sourced domain facts (/work/shared/domain.md, section "Capacity-assessment
-- instrument (regional, 8 pillars)"); the keys in `sources` name the published sources. Where a
-- text names a standard that is not an indicator's own source (e.g. a recommendation), the key is
-- given in a comment beside it and listed in `sources` too.
--
-- The scale, 0-4 (rastro's own, modelled on the IATG risk-reduction levels and the Small Arms
-- Survey scoring scheme [M10][M8]). Every indicator says what each level means for it; in general:
--   0  absent: nothing in law or in practice;
--   1  law or policy only; practice ad hoc;
--   2  partial: some agencies or sites, paper records, not audited;
--   3  nationwide and meets the ITI/ISACS minimum, reviewed periodically;
--   4  institutionalised: electronic, audited, trained staff, data analysed and reported
--      internationally.
-- Level 4 texts start "As level 3, and ...": a level includes the one below it.
--
-- What rastro computes (core code, not this file): a pillar's score is the (weighted) mean level
-- of its rated indicators x 25 (0-100); "not applicable" (allowed only where `not_applicable =
-- true`, with a reason) leaves the mean and is not a zero; an unrated indicator is a gap, never a
-- zero. Gating: a pillar scores at most 25 while one of its critical indicators is at 0, and the
-- summary names the gate. Overall = mean of the pillar scores; bands 0-19 absent, 20-39 initial,
-- 40-59 developing, 60-79 established, 80-100 advanced. No indicator here sets a weight: all
-- weigh 1, as domain.md gives no weights.
--
-- Recommendation rules (at the end) read `a` = { level, na, pillar, overall, band, gated }; an
-- unrated indicator's level is nil, so every comparison goes through `rated` below.
--
-- Scope: what a country has in law and in practice. Nothing here on how firearms or their
-- markings are made, changed or removed.

-- The level of an indicator if it is rated (and applicable), else nil.
local function rated(a, id)
  local na = a.na
  if na and na[id] then return nil end
  local level = a.level
  return level and level[id] or nil
end

-- Whether an indicator is rated and at most `n`.
local function at_most(a, id, n)
  local v = rated(a, id)
  return v ~= nil and v <= n
end

return instrument {
  id = "regional-capacity",
  version = 1,
  title = {
    en = "Country capacity to combat firearms trafficking: regional assessment (8 pillars)",
    es = "Capacidad nacional para combatir el tráfico ilícito de armas de fuego: evaluación regional (8 pilares)",
  },
  sources = {
    { key = "T1", text = "UN International Tracing Instrument (2005); in Spanish: Instrumento internacional para permitir a los Estados identificar y localizar, de forma oportuna y fidedigna, armas pequeñas y armas ligeras ilícitas" },
    { key = "T2", text = "US national report to the UN on the PoA/ITI" },
    { key = "T3", text = "UN Firearms Protocol Arts. 7-8" },
    { key = "T4", text = "Inter-American Convention (CIFTA)" },
    { key = "T5", text = "OAS CIFTA model legislation on marking and tracing (2007)" },
    { key = "T7", text = "ISACS 05.30" },
    { key = "T8", text = "ISACS 05.31" },
    { key = "T9", text = "ISACS 05.20" },
    { key = "T12", text = "UNLIREC marking technical meeting, Port of Spain" },
    { key = "U2", text = "UNODC Education for Justice, firearms module 2, parts and components" },
    { key = "U4", text = "unodc.org, Firearms Protocol tools" },
    { key = "U5", text = "UNODC harmonised self-assessment questionnaire" },
    { key = "U6", text = "UN SDG indicator metadata, indicator 16.4.2" },
    { key = "M1", text = "UNODA MOSAIC" },
    { key = "M2", text = "Caribbean Firearms Roadmap (UNLIREC)" },
    { key = "M3", text = "UNLIREC roadmap monitoring" },
    { key = "M4", text = "UNLIREC self-assessment templates" },
    { key = "M6", text = "UNLIREC armoury assessments 2022" },
    { key = "M7", text = "Arms Trade Treaty reporting" },
    { key = "M8", text = "Small Arms Survey scoring scheme (gunpolicy.org)" },
    { key = "M10", text = "UN SaferGuard, IATG risk-reduction levels" },
    { key = "M12", text = "OSCE best-practice guide, stockpile procedures" },
    { key = "A3", text = "atf.gov/resource-center/infographics/five-fast-facts-about-national-tracing-center" },
    { key = "A6", text = "hsdl.org/?abstract&did=803510 (ATF Central America trace data)" },
    { key = "A7", text = "atf.gov/content/what-my-responsibility-respond-request-trace-firearm" },
    { key = "A10", text = "US Department of State fact sheet, March 2011 (m.state.gov/md166654.htm)" },
    { key = "A11", text = "atf.gov press release 2008-12-12 (Central America eTrace)" },
    { key = "A12", text = "Arizona Republic, 2010-01-07 (Spanish eTrace)" },
    { key = "A13", text = "National Research Council, Firearms and Violence (2004), p. 39" },
    { key = "I1", text = "interpol.int, INTERPOL Firearms Reference Table" },
    { key = "I2", text = "interpol.int, iARMS" },
    { key = "I3", text = "interpol.int, firearms activities" },
    { key = "S1", text = "Iowa DCI crime lab, serial number restoration" },
    { key = "S5", text = "firearms identification notes (restoration)" },
    { key = "D1", text = "UNODA small arms destruction" },
    { key = "D2", text = "UN ODA Update, Jan 2003 (Peru destruction)" },
    { key = "D4", text = "Small Arms Survey, unplanned explosions at munitions sites" },
  },

  pillars = {
    ---------------------------------------------------------------------------------------------
    pillar {
      id = "legal",
      title = { en = "Legal framework and coordination", es = "Marco jurídico y coordinación" },
      indicators = {
        indicator {
          id = "legal.ratified",
          title = {
            en = "Firearms Protocol, CIFTA and Arms Trade Treaty ratified and in national law",
            es = "Protocolo sobre armas de fuego, CIFTA y Tratado sobre el Comercio de Armas ratificados e incorporados al derecho interno",
          },
          critical = true,
          levels = {
            { en = "None of the three treaties (UN Firearms Protocol, CIFTA, Arms Trade Treaty) has been ratified or acceded to.",
              es = "El Estado no ha ratificado ninguno de los tres tratados (Protocolo sobre armas de fuego de la ONU, CIFTA, Tratado sobre el Comercio de Armas) ni se ha adherido a ellos." },
            { en = "At least one of the treaties is ratified, but its obligations are not yet in national law; they are applied, if at all, case by case.",
              es = "Al menos uno de los tratados está ratificado, pero sus obligaciones aún no están en el derecho interno; se aplican, si acaso, caso por caso." },
            { en = "Only some of the treaties are ratified, or national law takes up only part of their obligations (for example marking at manufacture but not import marking, records or licensing); no review has compared the law with the treaties.",
              es = "Solo algunos de los tratados están ratificados, o el derecho interno recoge solo parte de sus obligaciones (por ejemplo, el marcaje en la fabricación pero no el de importación, los registros o las licencias); ninguna revisión ha comparado la ley con los tratados." },
            { en = "The three treaties are ratified, and national law and its regulations cover their obligations (marking, records, licensing, offences); the law is reviewed periodically against them.",
              es = "Los tres tratados están ratificados, y la ley nacional y su reglamento cubren sus obligaciones (marcaje, registros, licencias, delitos); la ley se revisa periódicamente frente a ellos." },
            { en = "As level 3, and the gaps are tracked with the UNODC harmonised self-assessment questionnaire, officials who apply the law are trained in it, and implementation is reported in the treaties' reports.",
              es = "Como el nivel 3, y las brechas se siguen con el cuestionario de autoevaluación armonizado de la UNODC, los funcionarios que aplican la ley están capacitados en ella y su aplicación se informa en los informes de los tratados." },
          },
          verification = {
            en = "Instruments of ratification or accession (UN and OAS treaty records); the laws and regulations that implement each treaty; a gap analysis, such as the UNODC harmonised self-assessment questionnaire.",
            es = "Instrumentos de ratificación o adhesión (registros de tratados de la ONU y de la OEA); las leyes y reglamentos que aplican cada tratado; un análisis de brechas, como el cuestionario de autoevaluación armonizado de la UNODC.",
          },
          questions = {
            { en = "Which of the Firearms Protocol, CIFTA and the Arms Trade Treaty has the state ratified or acceded to, and when?",
              es = "¿Cuáles de estos tratados ha ratificado el Estado o a cuáles se ha adherido (Protocolo sobre armas de fuego, CIFTA, Tratado sobre el Comercio de Armas), y cuándo?" },
            { en = "Which law or regulation carries each treaty obligation (marking, records, licensing, criminal offences) into national law?",
              es = "¿Qué ley o reglamento incorpora al derecho interno cada obligación de los tratados (marcaje, registros, licencias, delitos)?" },
            { en = "When was national law last compared with the treaties, and by whom?",
              es = "¿Cuándo se comparó por última vez la ley nacional con los tratados, y quién lo hizo?" },
          },
          sources = { "U5", "T4", "M7" },
        },

        indicator {
          id = "legal.criminalised",
          title = {
            en = "Illicit manufacturing (including unmarked manufacture) and illicit trafficking criminalised",
            es = "Fabricación ilícita (incluida la fabricación sin marcaje) y tráfico ilícito tipificados como delitos",
          },
          critical = true,
          levels = {
            { en = "Neither illicit manufacturing nor illicit trafficking of firearms is a criminal offence.",
              es = "Ni la fabricación ilícita ni el tráfico ilícito de armas de fuego están tipificados como delitos." },
            { en = "The offences are in the law, but are applied ad hoc: few or no cases are opened, and police and prosecutors have no guidance.",
              es = "Los delitos están en la ley, pero se aplican de forma ocasional: se abren pocos casos o ninguno, y la policía y la fiscalía no tienen lineamientos." },
            { en = "Trafficking is prosecuted, but manufacture without the required marking is not an offence, or the offences are applied in some jurisdictions only; case figures are on paper.",
              es = "El tráfico se persigue, pero la fabricación sin el marcaje exigido no es delito, o los delitos se aplican solo en algunas jurisdicciones; las cifras de casos están en papel." },
            { en = "Illicit manufacturing, including manufacture without the required marking as CIFTA defines it, and illicit trafficking are offences applied nationwide, with guidance for prosecutors; case results are reviewed periodically.",
              es = "La fabricación ilícita, incluida la fabricación sin el marcaje exigido como la define la CIFTA, y el tráfico ilícito son delitos que se aplican en todo el país, con lineamientos para la fiscalía; los resultados de los casos se revisan periódicamente." },
            { en = "As level 3, and each case is recorded electronically from seizure to judgment, prosecutors and judges are trained, and case figures are analysed and reported internationally.",
              es = "Como el nivel 3, y cada caso se registra electrónicamente desde la incautación hasta la sentencia, fiscales y jueces están capacitados, y las cifras de casos se analizan y se informan internacionalmente." },
          },
          verification = {
            en = "The articles of the criminal code or firearms law; figures of cases opened, prosecuted and judged; guidelines of the prosecution service (Fiscalía, Ministerio Público).",
            es = "Los artículos del código penal o de la ley de armas; cifras de casos abiertos, acusados y juzgados; lineamientos de la Fiscalía o del Ministerio Público.",
          },
          questions = {
            { en = "Which articles make illicit manufacturing and illicit trafficking of firearms offences, and what penalties do they set?",
              es = "¿Qué artículos tipifican la fabricación ilícita y el tráfico ilícito de armas de fuego, y qué penas establecen?" },
            { en = "Is manufacturing a firearm without the marking the law requires an offence?",
              es = "¿Es delito fabricar un arma de fuego sin el marcaje que exige la ley?" },
            { en = "How many such cases were opened and judged last year, and who keeps the figures?",
              es = "¿Cuántos casos de este tipo se abrieron y se juzgaron el año pasado, y quién lleva las cifras?" },
          },
          sources = { "T4" },
        },

        indicator {
          id = "legal.coordination",
          title = { en = "National coordination body", es = "Órgano nacional de coordinación" },
          levels = {
            { en = "No body coordinates the agencies that deal with firearms.",
              es = "Ningún órgano coordina a las instituciones que se ocupan de las armas de fuego." },
            { en = "A body exists on paper (decree or agreement) but does not meet regularly; coordination happens ad hoc.",
              es = "Existe un órgano en el papel (decreto o convenio), pero no se reúne con regularidad; la coordinación es ocasional." },
            { en = "The body meets, but key agencies are missing (for example customs, the prosecution service or the registry), or it keeps no record of its decisions.",
              es = "El órgano se reúne, pero faltan instituciones clave (por ejemplo, aduanas, la fiscalía o el registro), o no deja constancia de sus decisiones." },
            { en = "A body with a legal mandate brings together every agency concerned (police, armed forces, customs, prosecution, registry, foreign affairs), meets on a schedule, records its decisions and reviews its work periodically.",
              es = "Un órgano con mandato legal reúne a todas las instituciones involucradas (policía, fuerzas armadas, aduanas, fiscalía, registro, cancillería), se reúne según un calendario, deja constancia de sus decisiones y revisa periódicamente su trabajo." },
            { en = "As level 3, and it has a permanent secretariat with trained staff and a budget, follows its decisions up in an electronic record, and reports to regional and international programmes.",
              es = "Como el nivel 3, y cuenta con una secretaría permanente con personal capacitado y presupuesto, da seguimiento a sus decisiones en un registro electrónico e informa a los programas regionales e internacionales." },
          },
          verification = {
            en = "The decree or agreement that created the body; its list of members; minutes of its recent meetings; its work plan.",
            es = "El decreto o convenio que creó el órgano; su lista de integrantes; actas de sus reuniones recientes; su plan de trabajo.",
          },
          questions = {
            { en = "Which legal instrument created the body, and which agencies sit on it?",
              es = "¿Qué instrumento jurídico creó el órgano y qué instituciones lo integran?" },
            { en = "How often did it meet in the last twelve months, and are minutes kept?",
              es = "¿Cuántas veces se reunió en los últimos doce meses, y se levantan actas?" },
            { en = "Who follows its decisions up?",
              es = "¿Quién da seguimiento a sus decisiones?" },
          },
          sources = { "M1" },
        },

        indicator {
          id = "legal.action-plan",
          title = {
            en = "National action plan with key performance indicators",
            es = "Plan de acción nacional con indicadores clave de desempeño",
          },
          levels = {
            { en = "There is no national plan on firearms control.",
              es = "No existe un plan nacional de control de armas de fuego." },
            { en = "A plan or policy is drafted or adopted, but has no indicators, budget or follow-up.",
              es = "Hay un plan o una política redactados o adoptados, pero sin indicadores, presupuesto ni seguimiento." },
            { en = "A plan with some indicators exists, but it covers only some agencies or pillars, has no baseline, or its progress is not monitored.",
              es = "Existe un plan con algunos indicadores, pero abarca solo algunas instituciones o pilares, no tiene línea de base o no se da seguimiento a su avance." },
            { en = "An adopted plan covers every pillar, with key performance indicators measured from a baseline assessment, responsible agencies and deadlines; progress is reviewed periodically, as in the Caribbean Firearms Roadmap.",
              es = "Un plan adoptado abarca todos los pilares, con indicadores clave de desempeño medidos desde una evaluación de línea de base, instituciones responsables y plazos; el avance se revisa periódicamente, como en la Hoja de Ruta del Caribe sobre armas de fuego (Caribbean Firearms Roadmap)." },
            { en = "As level 3, and the plan has a budget, its indicators are monitored electronically, progress reports are audited, and results are reported to regional and international programmes.",
              es = "Como el nivel 3, y el plan tiene presupuesto, sus indicadores se siguen electrónicamente, los informes de avance se auditan y los resultados se informan a los programas regionales e internacionales." },
          },
          verification = {
            en = "The adopted plan; its key performance indicators and baseline; the latest progress report.",
            es = "El plan adoptado; sus indicadores clave de desempeño y su línea de base; el último informe de avance.",
          },
          questions = {
            { en = "Is there an adopted national plan, and what period does it cover?",
              es = "¿Hay un plan nacional adoptado, y qué período abarca?" },
            { en = "Which key performance indicators does it set, and from what baseline were they measured?",
              es = "¿Qué indicadores clave de desempeño fija, y desde qué línea de base se midieron?" },
            { en = "Who monitors progress, and when was the last progress report?",
              es = "¿Quién da seguimiento al avance, y cuándo fue el último informe de avance?" },
          },
          sources = { "M2", "M3" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "marking",
      title = { en = "Marking", es = "Marcaje" },
      indicators = {
        indicator {
          id = "marking.manufacture",
          title = { en = "Marking at manufacture", es = "Marcaje en la fabricación" },
          critical = true,
          -- Not applicable where no firearms are made in the country (the reason is recorded).
          not_applicable = true,
          levels = {
            { en = "Firearms made in the country are not required to carry a unique marking.",
              es = "No se exige que las armas de fuego fabricadas en el país lleven un marcaje único." },
            { en = "A law or regulation requires marking at manufacture, but practice is uneven and nobody checks that production is marked.",
              es = "Una ley o un reglamento exige el marcaje en la fabricación, pero la práctica es desigual y nadie verifica que la producción esté marcada." },
            { en = "Some manufacturers (for example the state factory) mark the manufacturer's name, the country and the serial number, others do not; checks are occasional and on paper.",
              es = "Algunos fabricantes (por ejemplo, la fábrica estatal) marcan el nombre del fabricante, el país y el número de serie, otros no; las verificaciones son ocasionales y en papel." },
            { en = "Every firearm made in the country carries the marks of ITI paragraph 8(a): manufacturer's name, country of manufacture and serial number, or the alternative of simple symbols with a numeric or alphanumeric code; all manufacturers are checked periodically.",
              es = "Toda arma de fuego fabricada en el país lleva las marcas del párrafo 8(a) del ITI: nombre del fabricante, país de fabricación y número de serie, o la alternativa de símbolos sencillos con un código numérico o alfanumérico; todos los fabricantes se verifican periódicamente." },
            { en = "As level 3, and year, type or model and calibre are marked too; each firearm's marks are recorded electronically at manufacture, trained inspectors audit production, and the figures are reported internationally.",
              es = "Como el nivel 3, y también se marcan el año, el tipo o modelo y el calibre; las marcas de cada arma se registran electrónicamente al fabricarla, inspectores capacitados auditan la producción y las cifras se informan internacionalmente." },
          },
          verification = {
            en = "The law or regulation on marking at manufacture; inspection reports on manufacturers; a sample of newly made firearms compared with their records. Where no firearms are made in the country, rate the indicator not applicable and give that as the reason.",
            es = "La ley o el reglamento sobre el marcaje en la fabricación; informes de inspección de los fabricantes; una muestra de armas recién fabricadas cotejada con sus registros. Si en el país no se fabrican armas de fuego, califique el indicador como no aplicable y anote ese motivo.",
          },
          questions = {
            { en = "Are firearms made in the country at all, by the state or by private manufacturers?",
              es = "¿Se fabrican armas de fuego en el país, sea por el Estado o por fabricantes privados?" },
            { en = "Which marks does the law require at manufacture?",
              es = "¿Qué marcas exige la ley en la fabricación?" },
            { en = "Who checks that production is marked, and how often?",
              es = "¿Quién verifica que la producción esté marcada, y con qué frecuencia?" },
          },
          sources = { "T1" },
        },

        indicator {
          id = "marking.import",
          title = { en = "Marking at import", es = "Marcaje en la importación" },
          critical = true,
          levels = {
            { en = "Imported firearms are not marked on import.",
              es = "Las armas de fuego importadas no se marcan al importarse." },
            { en = "A rule requires an import mark, but it is applied inconsistently and firearms leave customs control unchecked.",
              es = "Una norma exige una marca de importación, pero se aplica de forma irregular y las armas salen del control aduanero sin verificación." },
            { en = "Some importers or points of entry apply the import mark, or only part of it; a firearm without a unique marking does not always receive one.",
              es = "Algunos importadores o puntos de entrada aplican la marca de importación, o solo parte de ella; un arma sin marcaje único no siempre recibe uno." },
            { en = "Every imported firearm is marked with the country of import and, where possible, the year of import, and one lacking a unique marking receives one (ITI paragraph 8(b), Firearms Protocol Art. 8); practice is checked periodically.",
              es = "Toda arma de fuego importada se marca con el país de importación y, cuando es posible, el año de importación, y la que carece de marcaje único recibe uno (párrafo 8(b) del ITI, artículo 8 del Protocolo sobre armas de fuego); la práctica se verifica periódicamente." },
            { en = "As level 3, and import marks are recorded electronically with the import licence, audited against customs data by trained staff, and reported internationally.",
              es = "Como el nivel 3, y las marcas de importación se registran electrónicamente junto con la licencia de importación, personal capacitado las audita frente a los datos de aduanas y se informan internacionalmente." },
          },
          verification = {
            en = "The import-marking regulation; customs and importers' records; a sample of imported firearms checked for the import mark.",
            es = "El reglamento de marcaje de importación; registros de aduanas y de importadores; una muestra de armas importadas revisada en busca de la marca de importación.",
          },
          questions = {
            { en = "Which import mark does the law require, and who applies it?",
              es = "¿Qué marca de importación exige la ley, y quién la aplica?" },
            { en = "Is the mark applied before customs release (levante or despacho aduanero) or after it, and within what time?",
              es = "¿La marca se aplica antes del levante o despacho aduanero o después, y en qué plazo?" },
            { en = "What happens to an imported firearm that has no unique marking?",
              es = "¿Qué ocurre con un arma importada que no tiene marcaje único?" },
          },
          sources = { "T1", "T3" },
        },

        indicator {
          id = "marking.state",
          title = {
            en = "Marking on transfer from state stocks, confiscation and deactivation",
            es = "Marcaje en la transferencia desde existencias estatales, el decomiso y la desactivación",
          },
          levels = {
            { en = "Firearms leave state stocks, are confiscated or are deactivated without any mark.",
              es = "Las armas salen de las existencias estatales, se decomisan o se desactivan sin marca alguna." },
            { en = "A policy requires some of these marks, but they are applied ad hoc.",
              es = "Una política exige algunas de estas marcas, pero se aplican de forma ocasional." },
            { en = "Marks are applied at one or two of these points, or by some agencies only (for example the state forces' firearms are marked, confiscated ones are not).",
              es = "Se aplican marcas en uno o dos de estos momentos, o solo en algunas instituciones (por ejemplo, se marcan las armas de las fuerzas del Estado y no las decomisadas)." },
            { en = "Firearms are marked nationwide at each point ISACS 05.30 names besides manufacture and import: transfer from government stocks, permanent confiscation and deactivation, with the content it recommends; practice is checked periodically.",
              es = "Las armas se marcan en todo el país en cada momento que ISACS 05.30 nombra además de la fabricación y la importación: transferencia desde existencias estatales, decomiso definitivo y desactivación, con el contenido que recomienda; la práctica se verifica periódicamente." },
            { en = "As level 3, and each mark is entered in the electronic central registry, applied by trained operators, audited, and reported.",
              es = "Como el nivel 3, y cada marca se ingresa en el registro central electrónico, la aplican operadores capacitados, se audita y se informa." },
          },
          verification = {
            en = "The marking procedures of the armed forces, the police and the body that holds confiscated firearms; registry entries; a sample of confiscated and deactivated firearms.",
            es = "Los procedimientos de marcaje de las fuerzas armadas, la policía y la institución que custodia las armas decomisadas; asientos del registro; una muestra de armas decomisadas y desactivadas.",
          },
          questions = {
            { en = "Are the firearms of the state's forces marked, and with what?",
              es = "¿Están marcadas las armas de las fuerzas del Estado, y con qué?" },
            { en = "Is a firearm transferred from state stocks to civilian use marked with the country that transferred it?",
              es = "¿Se marca con el país que la transfiere un arma que pasa de las existencias estatales a uso civil?" },
            { en = "Are permanently confiscated and deactivated firearms marked and recorded?",
              es = "¿Se marcan y registran las armas decomisadas definitivamente y las desactivadas?" },
          },
          sources = { "T7", "T1" },
        },

        indicator {
          id = "marking.quality",
          title = { en = "Quality of marks (ITI paragraph 7)", es = "Calidad de las marcas (párrafo 7 del ITI)" },
          levels = {
            { en = "There is no standard for the quality of marks.",
              es = "No existe una norma sobre la calidad de las marcas." },
            { en = "A standard exists on paper; marks are not checked.",
              es = "Existe una norma en el papel; las marcas no se verifican." },
            { en = "Marks are checked at some sites; many found are hard to read, not on an exposed surface, or worn.",
              es = "Las marcas se verifican en algunos sitios; muchas de las revisadas son difíciles de leer, no están en una superficie expuesta o están desgastadas." },
            { en = "Marks are on an exposed surface, conspicuous without tools, easily recognisable, readable, durable and, as far as possible, recoverable (ITI paragraph 7); a sample is checked nationwide periodically.",
              es = "Las marcas están en una superficie expuesta, son visibles sin herramientas, fáciles de reconocer, legibles, duraderas y, en la medida de lo posible, recuperables (párrafo 7 del ITI); se verifica periódicamente una muestra en todo el país." },
            { en = "As level 3, and a written quality procedure is followed, photographs of the samples are kept electronically, checks are audited by trained staff, and the findings are reported.",
              es = "Como el nivel 3, y se sigue un procedimiento de calidad escrito, las fotografías de las muestras se guardan electrónicamente, personal capacitado audita las verificaciones y los resultados se informan." },
          },
          verification = {
            en = "The marking standard or procedure; records of quality checks; the advisor's own look at a sample of marked firearms (photographs).",
            es = "La norma o el procedimiento de marcaje; registros de las verificaciones de calidad; la revisión del asesor de una muestra de armas marcadas (fotografías).",
          },
          questions = {
            { en = "On a sample of marked firearms, can every mark be read without tools?",
              es = "En una muestra de armas marcadas, ¿se puede leer cada marca sin herramientas?" },
            { en = "Are the marks on an exposed surface, such as the frame or receiver?",
              es = "¿Están las marcas en una superficie expuesta, como el armazón o cajón de mecanismos?" },
            { en = "Who checks the quality of marks, and what is done when one fails?",
              es = "¿Quién verifica la calidad de las marcas, y qué se hace cuando una no cumple?" },
          },
          sources = { "T1" },
        },

        indicator {
          id = "marking.equipment",
          title = { en = "Marking equipment and trained operators", es = "Equipos de marcaje y operadores capacitados" },
          levels = {
            { en = "The state has no marking equipment.",
              es = "El Estado no tiene equipos de marcaje." },
            { en = "Equipment was received (for example through the OAS programme) but is unused or out of service, or no operator is trained.",
              es = "Se recibieron equipos (por ejemplo, por el programa de la OEA), pero no se usan o están fuera de servicio, o ningún operador está capacitado." },
            { en = "Equipment works at some sites with some trained operators; maintenance and supplies depend on one-off help.",
              es = "Los equipos funcionan en algunos sitios con algunos operadores capacitados; el mantenimiento y los insumos dependen de apoyos puntuales." },
            { en = "Working equipment serves every place where marking is required, operators are trained, maintenance is planned, and use is reviewed periodically.",
              es = "Equipos en funcionamiento atienden todos los lugares donde se exige el marcaje, los operadores están capacitados, el mantenimiento está planificado y su uso se revisa periódicamente." },
            { en = "As level 3, and operators are trained recurrently, each marking is logged electronically, use is audited, and marking figures are reported internationally.",
              es = "Como el nivel 3, y los operadores se capacitan de forma periódica, cada marcaje se asienta electrónicamente, su uso se audita y las cifras de marcaje se informan internacionalmente." },
          },
          verification = {
            en = "The inventory of marking equipment and its maintenance log; operators' training records; marking logs.",
            es = "El inventario de los equipos de marcaje y su bitácora de mantenimiento; los registros de capacitación de los operadores; las bitácoras de marcaje.",
          },
          questions = {
            { en = "How many marking machines does the state have, where are they, and do they work?",
              es = "¿Cuántas máquinas de marcaje tiene el Estado, dónde están y funcionan?" },
            { en = "How many operators are trained, and when were they last trained?",
              es = "¿Cuántos operadores están capacitados, y cuándo se capacitaron por última vez?" },
            { en = "How many firearms were marked last year?",
              es = "¿Cuántas armas se marcaron el año pasado?" },
          },
          sources = { "A10", "T12" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "records",
      title = { en = "Record-keeping", es = "Registro" },
      indicators = {
        indicator {
          id = "records.registry",
          title = {
            en = "Central registry holding the ISACS identifying fields",
            es = "Registro nacional central con los campos de identificación de ISACS",
          },
          critical = true,
          levels = {
            { en = "There is no central registry: records, if any, are kept by each agency or holder.",
              es = "No existe un registro central: los registros, si los hay, los lleva cada institución o tenedor." },
            { en = "A registry is created by law, but its entries are incomplete and searches are done by hand.",
              es = "La ley crea un registro, pero sus asientos están incompletos y las búsquedas se hacen a mano." },
            { en = "A registry holds some categories (for example civilian licences) or some agencies' firearms, on paper or in separate systems; identifying fields are missing; it is not audited.",
              es = "Un registro contiene algunas categorías (por ejemplo, las licencias civiles) o las armas de algunas instituciones, en papel o en sistemas separados; faltan campos de identificación; no se audita." },
            { en = "One national registry covers civilian, state and seized firearms, each with the ISACS 05.30 identifying fields (manufacturer, country, year, model, serial number, calibre) and its transfers; data quality is reviewed periodically.",
              es = "Un único registro nacional abarca las armas civiles, estatales e incautadas, cada una con los campos de identificación de ISACS 05.30 (fabricante, país, año, modelo, número de serie, calibre) y sus transferencias; la calidad de los datos se revisa periódicamente." },
            { en = "As level 3, and the registry is electronic, searchable by serial number in minutes, access-controlled and audited, run by trained staff, and its data are analysed and reported internationally.",
              es = "Como el nivel 3, y el registro es electrónico, se consulta por número de serie en minutos, tiene control de acceso y se audita, lo opera personal capacitado, y sus datos se analizan y se informan internacionalmente." },
          },
          verification = {
            en = "The law or regulation of the registry; its list of fields; a search of a sample of serial numbers made during the visit; audit reports.",
            es = "La ley o el reglamento del registro; su lista de campos; una consulta de una muestra de números de serie hecha durante la visita; informes de auditoría.",
          },
          questions = {
            { en = "Which firearms does the registry hold: civilian, police, armed forces, seized?",
              es = "¿Qué armas contiene el registro: civiles, de la policía, de las fuerzas armadas, incautadas?" },
            { en = "Which identifying fields does each record have?",
              es = "¿Qué campos de identificación tiene cada asiento?" },
            { en = "How long does a search by serial number take?",
              es = "¿Cuánto tarda una consulta por número de serie?" },
          },
          sources = { "T7" },
        },

        indicator {
          id = "records.retention",
          title = {
            en = "Records kept for the minimum periods (30, 20, 10 years)",
            es = "Registros conservados durante los plazos mínimos (30, 20, 10 años)",
          },
          levels = {
            { en = "No retention period is set; records may be destroyed at any time.",
              es = "No se fija un plazo de conservación; los registros pueden destruirse en cualquier momento." },
            { en = "A period is set by policy but not enforced; old records are lost or destroyed.",
              es = "Una política fija un plazo, pero no se hace cumplir; los registros antiguos se pierden o se destruyen." },
            { en = "Records are kept at least the Firearms Protocol's 10 years, but not the ITI's 30 and 20 years, or only some record holders keep them that long.",
              es = "Los registros se conservan al menos los 10 años del Protocolo sobre armas de fuego, pero no los 30 y 20 años del ITI, o solo algunos de quienes llevan registros los conservan ese tiempo." },
            { en = "Manufacturing records are kept at least 30 years and all other records, including import and export, at least 20 years (the ITI minimum), by every record holder; compliance is reviewed periodically.",
              es = "Los registros de fabricación se conservan al menos 30 años y todos los demás, incluidos los de importación y exportación, al menos 20 años (el mínimo del ITI), por todos quienes llevan registros; el cumplimiento se revisa periódicamente." },
            { en = "As level 3, and records are kept electronically with backups, retention is audited, and the practice is reported internationally.",
              es = "Como el nivel 3, y los registros se conservan electrónicamente con respaldos, la conservación se audita y la práctica se informa internacionalmente." },
          },
          verification = {
            en = "The law or regulation that sets retention periods; an old record requested during the visit (for example an import record from 15 years ago).",
            es = "La ley o el reglamento que fija los plazos de conservación; un registro antiguo solicitado durante la visita (por ejemplo, un registro de importación de hace 15 años).",
          },
          questions = {
            { en = "What retention periods does the law set for manufacturing, import and export, and other records?",
              es = "¿Qué plazos de conservación fija la ley para los registros de fabricación, de importación y exportación, y los demás?" },
            { en = "Can a record from 20 years ago be retrieved today, and how long does it take?",
              es = "¿Se puede recuperar hoy un registro de hace 20 años, y cuánto tarda?" },
            { en = "What happens to the records of a dealer or importer that stops trading?",
              es = "¿Qué ocurre con los registros de un comerciante o importador que cesa su actividad?" },
          },
          sources = { "T2", "T3" },
        },

        indicator {
          id = "records.dealers",
          title = {
            en = "Dealer and importer records retrievable quickly",
            es = "Registros de comerciantes e importadores recuperables con rapidez",
          },
          levels = {
            { en = "Dealers and importers are not required to keep records of their transactions.",
              es = "No se exige a comerciantes e importadores que lleven registros de sus operaciones." },
            { en = "Records are required, but whether a request is answered, and when, depends on the dealer.",
              es = "Se exigen registros, pero que una solicitud se responda, y cuándo, depende del comerciante." },
            { en = "Records are kept on paper; some dealers and importers answer requests within days; they are not inspected.",
              es = "Los registros se llevan en papel; algunos comerciantes e importadores responden las solicitudes en días; no se inspeccionan." },
            { en = "Every licensed dealer and importer keeps records the authorities can obtain within a set deadline (US dealers, for example, must answer a trace request within 24 hours); they are inspected periodically.",
              es = "Todo comerciante e importador autorizado lleva registros que las autoridades pueden obtener en un plazo fijado (en los EE. UU., por ejemplo, los comerciantes deben responder una solicitud de rastreo en 24 horas); se inspeccionan periódicamente." },
            { en = "As level 3, and records are electronic, inspections are audited, response times are measured and reported.",
              es = "Como el nivel 3, y los registros son electrónicos, las inspecciones se auditan, y los tiempos de respuesta se miden y se informan." },
          },
          verification = {
            en = "The regulation on dealers' and importers' records; inspection reports; the response times of recent requests.",
            es = "El reglamento sobre los registros de comerciantes e importadores; informes de inspección; los tiempos de respuesta de solicitudes recientes.",
          },
          questions = {
            { en = "Must dealers and importers answer an authority's request for a record, and within what time?",
              es = "¿Deben comerciantes e importadores responder la solicitud de un registro por parte de una autoridad, y en qué plazo?" },
            { en = "When were dealers and importers last inspected?",
              es = "¿Cuándo se inspeccionó por última vez a comerciantes e importadores?" },
            { en = "How long did the last few requests take to answer?",
              es = "¿Cuánto tardaron en responderse las últimas solicitudes?" },
          },
          sources = { "A7" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "tracing",
      title = { en = "Tracing", es = "Rastreo" },
      indicators = {
        indicator {
          id = "tracing.contact",
          title = { en = "National point of contact for tracing", es = "Punto de contacto nacional para el rastreo" },
          critical = true,
          levels = {
            { en = "No national point of contact for tracing has been designated.",
              es = "No se ha designado un punto de contacto nacional para el rastreo." },
            { en = "A point of contact is named on paper but does not act; requests go through whoever happens to handle them.",
              es = "Se nombró un punto de contacto en el papel, pero no actúa; las solicitudes pasan por quien las atienda en ese momento." },
            { en = "A point of contact handles requests for some agencies, on paper files, and not every partner knows it.",
              es = "Un punto de contacto atiende las solicitudes de algunas instituciones, con expedientes en papel, y no todos los socios lo conocen." },
            { en = "A designated national point of contact (ISACS 05.31) sends and answers every domestic and international trace request and is known to partner agencies; its work is reviewed periodically.",
              es = "Un punto de contacto nacional designado (ISACS 05.31) envía y responde todas las solicitudes de rastreo nacionales e internacionales y lo conocen las instituciones asociadas; su trabajo se revisa periódicamente." },
            { en = "As level 3, and it has trained staff, an electronic file for each request, audits, and its tracing figures are analysed and reported internationally.",
              es = "Como el nivel 3, y cuenta con personal capacitado, un expediente electrónico por solicitud y auditorías, y sus cifras de rastreo se analizan y se informan internacionalmente." },
          },
          verification = {
            en = "The document that designates the point of contact; the contact details given to partners; its register of requests sent and received.",
            es = "El documento que designa el punto de contacto; los datos de contacto entregados a los socios; su registro de solicitudes enviadas y recibidas.",
          },
          questions = {
            { en = "Who is the national point of contact for tracing, and which document designates it?",
              es = "¿Quién es el punto de contacto nacional para el rastreo, y qué documento lo designa?" },
            { en = "Do police, prosecutors and customs send their trace requests through it?",
              es = "¿La policía, la fiscalía y las aduanas envían sus solicitudes de rastreo por medio de él?" },
            { en = "How many requests did it send and receive last year?",
              es = "¿Cuántas solicitudes envió y recibió el año pasado?" },
          },
          sources = { "T8" },
        },

        indicator {
          id = "tracing.traced",
          title = {
            en = "Every recovered illicit firearm traced, share traced reported (SDG 16.4.2)",
            es = "Rastreo de toda arma ilícita recuperada e informe de la proporción rastreada (ODS 16.4.2)",
          },
          levels = {
            { en = "Recovered illicit firearms are not traced.",
              es = "Las armas ilícitas recuperadas no se rastrean." },
            { en = "Tracing is required by policy but done case by case, on an investigator's initiative.",
              es = "Una política exige el rastreo, pero se hace caso por caso, por iniciativa de un investigador." },
            { en = "Some agencies trace their recoveries; the share traced is not known or not reported.",
              es = "Algunas instituciones rastrean las armas que recuperan; la proporción rastreada no se conoce o no se informa." },
            { en = "Every seized, found or surrendered firearm is traced, domestically and where needed internationally, following the ISACS 05.31 steps, and the share traced is counted and reported as SDG indicator 16.4.2; the figures are reviewed periodically.",
              es = "Toda arma incautada, encontrada o entregada se rastrea, en el país y cuando hace falta en el exterior, siguiendo los pasos de ISACS 05.31, y la proporción rastreada se cuenta y se informa como indicador 16.4.2 de los ODS; las cifras se revisan periódicamente." },
            { en = "As level 3, and each trace is recorded electronically, the figures are audited, and trace results are analysed for points of diversion, acted on and reported internationally.",
              es = "Como el nivel 3, y cada rastreo se registra electrónicamente, las cifras se auditan, y los resultados de los rastreos se analizan para hallar los puntos de desvío, se actúa sobre ellos y se informan internacionalmente." },
          },
          verification = {
            en = "Last year's count of firearms recovered and of those traced; the SDG 16.4.2 figure as reported; a sample of case files.",
            es = "El conteo del año pasado de armas recuperadas y de las rastreadas; la cifra del indicador 16.4.2 de los ODS tal como se informó; una muestra de expedientes.",
          },
          questions = {
            { en = "How many firearms were seized, found or surrendered last year, and how many of them were traced?",
              es = "¿Cuántas armas se incautaron, encontraron o entregaron el año pasado, y cuántas de ellas se rastrearon?" },
            { en = "When a domestic trace ends without result, is an international trace sent?",
              es = "Cuando un rastreo nacional termina sin resultado, ¿se envía un rastreo internacional?" },
            { en = "Who compiles the SDG 16.4.2 figure, and was it reported?",
              es = "¿Quién elabora la cifra del indicador 16.4.2 de los ODS, y se informó?" },
          },
          sources = { "T8", "U6" },
        },

        indicator {
          id = "tracing.systems",
          title = { en = "eTrace and iARMS access", es = "Acceso a eTrace e iARMS" },
          levels = {
            { en = "The country has no access to eTrace or iARMS.",
              es = "El país no tiene acceso a eTrace ni a iARMS." },
            { en = "An agreement or account exists, but the systems are rarely or never used.",
              es = "Existe un convenio o una cuenta, pero los sistemas se usan poco o nunca." },
            { en = "One of the two systems is used, or both by a single unit; other agencies cannot reach them.",
              es = "Se usa uno de los dos sistemas, o ambos los usa una sola unidad; las demás instituciones no tienen acceso." },
            { en = "eTrace and iARMS are used for every trace and every search of a seized firearm, by users in each agency that needs them; use is reviewed periodically.",
              es = "eTrace e iARMS se usan para cada rastreo y cada consulta de un arma incautada, por usuarios de cada institución que los necesita; su uso se revisa periódicamente." },
            { en = "As level 3, and users are trained, use is logged and audited, and results are analysed and shared with partners.",
              es = "Como el nivel 3, y los usuarios están capacitados, el uso se registra y se audita, y los resultados se analizan y se comparten con los socios." },
          },
          verification = {
            en = "The eTrace agreement and its active user accounts; iARMS access; usage figures for the last year.",
            es = "El convenio de eTrace y sus cuentas de usuario activas; el acceso a iARMS; las cifras de uso del último año.",
          },
          questions = {
            { en = "Does the country have an eTrace agreement, and how many active users?",
              es = "¿Tiene el país un convenio de eTrace, y cuántos usuarios activos?" },
            { en = "Is iARMS searched for every seized firearm?",
              es = "¿Se consulta iARMS por cada arma incautada?" },
            { en = "Which agencies can reach each system?",
              es = "¿Qué instituciones tienen acceso a cada sistema?" },
          },
          sources = { "A11", "I2" },
        },

        indicator {
          id = "tracing.identifiers",
          title = {
            en = "Identifiers checked against the IFRT; trace success rate measured",
            es = "Verificación de los identificadores en la IFRT y medición de la tasa de éxito del rastreo",
          },
          levels = {
            { en = "Identifiers are not checked before a trace, and trace outcomes are not recorded.",
              es = "Los identificadores no se verifican antes de un rastreo, y los resultados de los rastreos no se registran." },
            { en = "Checking is recommended but done ad hoc; outcomes are not counted.",
              es = "Se recomienda la verificación, pero se hace de forma ocasional; los resultados no se cuentan." },
            { en = "Some units check identifiers in the INTERPOL Firearms Reference Table before tracing, or count outcomes, but not both, or not nationwide.",
              es = "Algunas unidades verifican los identificadores en la Tabla de Referencia de Armas de Fuego de INTERPOL (IFRT) antes del rastreo, o cuentan los resultados, pero no ambas cosas, o no en todo el país." },
            { en = "Before every trace request, the identifiers (manufacturer, importer, model, calibre, serial number) are checked against the IFRT, and the share of traces that succeed, and why the others fail, is measured and reviewed periodically.",
              es = "Antes de cada solicitud de rastreo se verifican los identificadores (fabricante, importador, modelo, calibre, número de serie) en la IFRT, y se mide y revisa periódicamente la proporción de rastreos exitosos y por qué fracasan los demás." },
            { en = "As level 3, and outcomes are recorded electronically, causes of failure (serial number problems, form errors) are analysed and corrected in training and procedure, and the figures are reported.",
              es = "Como el nivel 3, y los resultados se registran electrónicamente, las causas de fracaso (problemas con el número de serie, errores en el formulario) se analizan y se corrigen en la capacitación y los procedimientos, y las cifras se informan." },
          },
          verification = {
            en = "The procedure that requires the IFRT check; a sample of trace requests; figures of trace outcomes and causes of failure.",
            es = "El procedimiento que exige la verificación en la IFRT; una muestra de solicitudes de rastreo; cifras de resultados de rastreo y de causas de fracaso.",
          },
          questions = {
            { en = "Are a firearm's identifiers checked against the IFRT before its trace request is sent?",
              es = "¿Se verifican en la IFRT los identificadores de un arma antes de enviar su solicitud de rastreo?" },
            { en = "What share of the country's trace requests succeed, and why do the others fail?",
              es = "¿Qué proporción de las solicitudes de rastreo del país tiene éxito, y por qué fracasan las demás?" },
            { en = "Who reviews failed traces, and what has changed as a result?",
              es = "¿Quién revisa los rastreos fallidos, y qué ha cambiado como resultado?" },
          },
          sources = { "I1", "A13", "A6" },
        },

        indicator {
          id = "tracing.restoration",
          title = {
            en = "Capacity to restore obliterated serial numbers (own laboratory or agreement)",
            es = "Capacidad de restaurar números de serie borrados (laboratorio propio o convenio)",
          },
          levels = {
            { en = "No laboratory restores obliterated serial numbers for the country, and no agreement exists with one.",
              es = "Ningún laboratorio restaura números de serie borrados para el país, y no existe convenio con uno." },
            { en = "Restorations happen occasionally through informal arrangements; first responders have no instructions to preserve such firearms and send them.",
              es = "Las restauraciones ocurren de vez en cuando por arreglos informales; el primer respondiente no tiene instrucciones para preservar esas armas y enviarlas." },
            { en = "A laboratory, own or by agreement, restores serial numbers for some agencies or regions; results are not tracked.",
              es = "Un laboratorio, propio o por convenio, restaura números de serie para algunas instituciones o regiones; los resultados no se siguen." },
            { en = "A forensic laboratory, the country's own or one under agreement, serves every agency; firearms with obliterated serial numbers are preserved as evidence and sent to it, and restored numbers are traced; the service is reviewed periodically.",
              es = "Un laboratorio forense, propio o con convenio, atiende a todas las instituciones; las armas con el número de serie borrado se preservan como indicio y se le envían, y los números restaurados se rastrean; el servicio se revisa periódicamente." },
            { en = "As level 3, and trained firearms examiners work to written, quality-controlled procedures, each case is recorded electronically, and results are audited and reported.",
              es = "Como el nivel 3, y peritos en balística capacitados trabajan con procedimientos escritos y con control de calidad, cada caso se registra electrónicamente, y los resultados se auditan y se informan." },
          },
          verification = {
            en = "The laboratory's scope and case figures, or the agreement with another laboratory; chain-of-custody records of firearms with obliterated serial numbers.",
            es = "El alcance y las cifras de casos del laboratorio, o el convenio con otro laboratorio; registros de cadena de custodia de armas con el número de serie borrado.",
          },
          questions = {
            { en = "Where are firearms with obliterated serial numbers sent, and which laboratory examines them?",
              es = "¿Adónde se envían las armas con el número de serie borrado, y qué laboratorio las examina?" },
            { en = "How many were submitted last year, how many serial numbers were restored, and how many were then traced?",
              es = "¿Cuántas se enviaron el año pasado, cuántos números de serie se restauraron y cuántos se rastrearon después?" },
            { en = "Do first responders know to preserve such firearms as evidence and send them to the laboratory?",
              es = "¿Sabe el primer respondiente que debe preservar esas armas como indicio y enviarlas al laboratorio?" },
          },
          sources = { "S1" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "stockpiles",
      title = { en = "Stockpile management", es = "Gestión de existencias" },
      indicators = {
        indicator {
          id = "stockpiles.risk",
          title = {
            en = "Risk assessment: IATG risk-reduction Level 1 or above",
            es = "Evaluación de riesgos: nivel 1 de reducción de riesgos de las IATG o superior",
          },
          critical = true,
          levels = {
            { en = "No storage site of state stockpiles has been risk-assessed.",
              es = "No se ha evaluado el riesgo de ningún sitio de almacenamiento de existencias estatales." },
            { en = "Risk assessment is required by policy but done ad hoc, for example after an incident.",
              es = "Una política exige evaluar los riesgos, pero se hace de forma ocasional, por ejemplo después de un incidente." },
            { en = "Some sites are assessed and some reach IATG Level 1; others are not assessed.",
              es = "Algunos sitios están evaluados y algunos alcanzan el nivel 1 de las IATG; otros no se han evaluado." },
            { en = "Every storage site of state stockpiles is risk-assessed and reaches at least IATG risk-reduction Level 1, the minimum; assessments are repeated periodically.",
              es = "Todos los sitios de almacenamiento de existencias estatales tienen evaluación de riesgos y alcanzan al menos el nivel 1 de reducción de riesgos de las IATG, el mínimo; las evaluaciones se repiten periódicamente." },
            { en = "As level 3, and assessments are recorded electronically and audited, sites progress towards Levels 2 and 3, staff are trained, and results are reported.",
              es = "Como el nivel 3, y las evaluaciones se registran electrónicamente y se auditan, los sitios avanzan hacia los niveles 2 y 3, el personal está capacitado y los resultados se informan." },
          },
          verification = {
            en = "The risk assessment of each site; the list of sites with the IATG level each reaches; a visit to a sample of sites.",
            es = "La evaluación de riesgos de cada sitio; la lista de sitios con el nivel de las IATG que alcanza cada uno; una visita a una muestra de sitios.",
          },
          questions = {
            { en = "How many storage sites of state stockpiles are there, and how many have been risk-assessed?",
              es = "¿Cuántos sitios de almacenamiento de existencias estatales hay, y cuántos tienen evaluación de riesgos?" },
            { en = "Which IATG risk-reduction level does each reach?",
              es = "¿Qué nivel de reducción de riesgos de las IATG alcanza cada uno?" },
            { en = "When was each site last assessed?",
              es = "¿Cuándo se evaluó cada sitio por última vez?" },
          },
          sources = { "M10" },
        },

        indicator {
          id = "stockpiles.inventory",
          title = {
            en = "Inventory accounting and loss reporting",
            es = "Control de inventario y notificación de pérdidas",
          },
          critical = true,
          levels = {
            { en = "State stockpiles have no inventory, and losses are not reported.",
              es = "Las existencias estatales no tienen inventario, y las pérdidas no se notifican." },
            { en = "An inventory is required, but counts are irregular and losses are reported ad hoc.",
              es = "Se exige un inventario, pero los conteos son irregulares y las pérdidas se notifican de forma ocasional." },
            { en = "Some agencies or sites keep inventories on paper; counts and loss reports are not audited.",
              es = "Algunas instituciones o sitios llevan inventarios en papel; los conteos y las notificaciones de pérdidas no se auditan." },
            { en = "Every site keeps an inventory of each firearm by serial number, reconciled with periodic physical counts, and every loss or theft is reported and investigated (ISACS 05.20).",
              es = "Cada sitio lleva un inventario de cada arma por número de serie, conciliado con conteos físicos periódicos, y toda pérdida o robo se notifica y se investiga (ISACS 05.20)." },
            { en = "As level 3, and the inventory is electronic and matches the central registry, storekeepers are trained, counts are audited, and losses are analysed and reported.",
              es = "Como el nivel 3, y el inventario es electrónico y coincide con el registro central, los encargados de depósito están capacitados, los conteos se auditan, y las pérdidas se analizan y se informan." },
          },
          verification = {
            en = "Inventory records; reports of physical counts and reconciliations; loss and theft reports; a count of a sample made during the visit.",
            es = "Registros de inventario; informes de conteos físicos y conciliaciones; notificaciones de pérdidas y robos; un conteo de una muestra hecho durante la visita.",
          },
          questions = {
            { en = "Is every firearm in state stocks listed by serial number?",
              es = "¿Está cada arma de las existencias estatales inventariada por número de serie?" },
            { en = "How often are physical counts made, and do they match the records?",
              es = "¿Con qué frecuencia se hacen conteos físicos, y coinciden con los registros?" },
            { en = "How is a loss or theft reported, to whom, and what follows?",
              es = "¿Cómo se notifica una pérdida o un robo, a quién, y qué sigue después?" },
          },
          sources = { "T9", "M12" },
        },

        indicator {
          id = "stockpiles.security",
          title = { en = "Security plan and access control", es = "Plan de seguridad y control de acceso" },
          levels = {
            { en = "There is no security plan, and access to stores is not controlled.",
              es = "No hay plan de seguridad, y el acceso a los depósitos no se controla." },
            { en = "Security rules exist but are applied at each site's discretion.",
              es = "Existen normas de seguridad, pero cada sitio las aplica a su criterio." },
            { en = "Some sites have a security plan, key control and an access register; others do not; none is audited.",
              es = "Algunos sitios tienen plan de seguridad, control de llaves y registro de acceso; otros no; ninguno se audita." },
            { en = "Every site has a written security plan, physical security and controlled access (authorised persons, key control, an access register); plans are reviewed periodically.",
              es = "Cada sitio tiene un plan de seguridad escrito, seguridad física y acceso controlado (personas autorizadas, control de llaves, registro de acceso); los planes se revisan periódicamente." },
            { en = "As level 3, and access is recorded electronically, security is audited, guards and storekeepers are trained, and incidents are analysed and reported.",
              es = "Como el nivel 3, y el acceso se registra electrónicamente, la seguridad se audita, guardias y encargados de depósito están capacitados, y los incidentes se analizan y se informan." },
          },
          verification = {
            en = "Security plans; key and access registers; a visit to a sample of sites.",
            es = "Planes de seguridad; registros de llaves y de acceso; una visita a una muestra de sitios.",
          },
          questions = {
            { en = "Who may enter the store, and how is each entry recorded?",
              es = "¿Quién puede entrar al depósito, y cómo se registra cada ingreso?" },
            { en = "Who holds the keys, and how are they controlled?",
              es = "¿Quién tiene las llaves, y cómo se controlan?" },
            { en = "When was the security plan last reviewed?",
              es = "¿Cuándo se revisó por última vez el plan de seguridad?" },
          },
          sources = { "M12" },
        },

        indicator {
          id = "stockpiles.review",
          title = { en = "Periodic assessment of stockpiles", es = "Evaluación periódica de las existencias" },
          levels = {
            { en = "Stockpiles have never been assessed.",
              es = "Las existencias nunca se han evaluado." },
            { en = "Assessments are planned in policy but made only when a donor or an incident prompts them.",
              es = "Una política prevé evaluaciones, pero solo se hacen cuando las impulsa un donante o un incidente." },
            { en = "A baseline assessment was made of some sites or agencies (for example with UNLIREC) and not repeated.",
              es = "Se hizo una evaluación de línea de base de algunos sitios o instituciones (por ejemplo, con UNLIREC) y no se repitió." },
            { en = "Every site is assessed against ISACS and the IATG on a set cycle, with self-assessment templates between external assessments, and findings are followed up.",
              es = "Cada sitio se evalúa frente a ISACS y las IATG según un ciclo fijo, con plantillas de autoevaluación entre evaluaciones externas, y se da seguimiento a los hallazgos." },
            { en = "As level 3, and each finding is tracked electronically to closure, follow-up is audited, and results are reported.",
              es = "Como el nivel 3, y cada hallazgo se sigue electrónicamente hasta su cierre, el seguimiento se audita y los resultados se informan." },
          },
          verification = {
            en = "Assessment reports and their dates; follow-up plans and their status.",
            es = "Informes de evaluación y sus fechas; planes de seguimiento y su estado.",
          },
          questions = {
            { en = "When was each site last assessed, and by whom?",
              es = "¿Cuándo se evaluó cada sitio por última vez, y quién lo evaluó?" },
            { en = "Which findings of the last assessment have been acted on?",
              es = "¿Sobre qué hallazgos de la última evaluación se ha actuado?" },
            { en = "Are self-assessment templates used between external assessments?",
              es = "¿Se usan plantillas de autoevaluación entre las evaluaciones externas?" },
          },
          sources = { "M4", "M6" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "destruction",
      title = { en = "Surplus and destruction", es = "Excedentes y destrucción" },
      indicators = {
        indicator {
          id = "destruction.surplus",
          title = { en = "Surplus identified", es = "Excedentes identificados" },
          levels = {
            { en = "Surplus is not identified; obsolete and excess firearms stay in stock.",
              es = "Los excedentes no se identifican; las armas obsoletas y sobrantes permanecen en existencias." },
            { en = "A policy calls for identifying surplus, but it is done ad hoc.",
              es = "Una política pide identificar los excedentes, pero se hace de forma ocasional." },
            { en = "Some agencies identify their surplus, others do not; there is no schedule.",
              es = "Algunas instituciones identifican sus excedentes, otras no; no hay calendario." },
            { en = "Every agency compares its stock with its defined stockpile composition (ISACS 05.20) on a schedule, declares the surplus and sets it for disposal.",
              es = "Cada institución compara sus existencias con la composición definida de sus existencias (ISACS 05.20) según un calendario, declara los excedentes y los destina a su eliminación." },
            { en = "As level 3, and surplus declarations are electronic and audited, and surplus figures are reported internationally.",
              es = "Como el nivel 3, y las declaraciones de excedentes son electrónicas y se auditan, y las cifras de excedentes se informan internacionalmente." },
          },
          verification = {
            en = "The defined stockpile composition of each agency; surplus declarations; the disposal plan.",
            es = "La composición definida de las existencias de cada institución; las declaraciones de excedentes; el plan de eliminación.",
          },
          questions = {
            { en = "How is the stock each force needs defined, and what exceeds it?",
              es = "¿Cómo se define lo que necesita cada fuerza, y qué lo excede?" },
            { en = "When was surplus last declared, and what happened to it?",
              es = "¿Cuándo se declararon excedentes por última vez, y qué se hizo con ellos?" },
          },
          sources = { "T9" },
        },

        indicator {
          id = "destruction.disposal",
          title = {
            en = "Seized and confiscated firearms destroyed or disposed of as the law says",
            es = "Armas incautadas y decomisadas destruidas o con el destino que fija la ley",
          },
          critical = true,
          levels = {
            { en = "Seized and confiscated firearms accumulate; no lawful disposal takes place.",
              es = "Las armas incautadas y decomisadas se acumulan; no se les da el destino que fija la ley." },
            { en = "The law sets their disposal, but it happens rarely, for example when storage runs out of space.",
              es = "La ley fija su destino, pero se cumple rara vez, por ejemplo cuando el depósito se queda sin espacio." },
            { en = "Some courts or agencies dispose of them; elsewhere backlogs remain.",
              es = "Algunos juzgados o instituciones les dan destino; en otros lugares se acumulan rezagos." },
            { en = "Once no longer needed as evidence, seized and confiscated firearms are destroyed or otherwise disposed of as the law says, regularly and nationwide; the backlog is reviewed periodically.",
              es = "Cuando ya no se necesitan como elemento material probatorio, las armas incautadas y decomisadas se destruyen o reciben el destino que fija la ley, con regularidad y en todo el país; el rezago se revisa periódicamente." },
            { en = "As level 3, and each firearm's path from seizure to disposal is recorded electronically and audited, and the figures are reported internationally.",
              es = "Como el nivel 3, y el recorrido de cada arma desde la incautación hasta su destino final se registra electrónicamente y se audita, y las cifras se informan internacionalmente." },
          },
          verification = {
            en = "The law on the disposal of seized and confiscated firearms; destruction records; the count of firearms awaiting disposal; a visit to the store of seized firearms.",
            es = "La ley sobre el destino de las armas incautadas y decomisadas; actas de destrucción; el conteo de armas a la espera de destino; una visita al depósito de armas incautadas.",
          },
          questions = {
            { en = "What does the law say happens to a seized firearm once the case is closed?",
              es = "¿Qué dice la ley que ocurre con un arma incautada una vez cerrado el caso?" },
            { en = "How many seized firearms await disposal, and since when?",
              es = "¿Cuántas armas incautadas esperan su destino final, y desde cuándo?" },
            { en = "When was the last destruction, and how many firearms did it cover?",
              es = "¿Cuándo fue la última destrucción, y cuántas armas abarcó?" },
          },
          sources = { "D1" },
        },

        indicator {
          id = "destruction.verified",
          title = {
            en = "Destruction verified against serial records and certified",
            es = "Destrucción cotejada con los registros de números de serie y certificada",
          },
          levels = {
            { en = "Destructions, if any, are not checked against records or certified.",
              es = "Las destrucciones, si las hay, no se cotejan con los registros ni se certifican." },
            { en = "A certificate is signed, but firearms are not checked one by one against the records.",
              es = "Se firma un certificado, pero las armas no se cotejan una por una con los registros." },
            { en = "Some destructions are checked against serial numbers; lists are not kept or the registry is not updated.",
              es = "Algunas destrucciones se cotejan con los números de serie; no se conservan las listas o no se actualiza el registro." },
            { en = "Every firearm to be destroyed is checked against the inventory by serial number and counted, and a signed destruction certificate lists them (as Peru did in 2002); the registry is updated; the practice is reviewed periodically.",
              es = "Cada arma que se va a destruir se coteja con el inventario por número de serie y se cuenta, y un certificado de destrucción firmado las enumera (como hizo el Perú en 2002); el registro se actualiza; la práctica se revisa periódicamente." },
            { en = "As level 3, and certificates and their lists are kept electronically, destructions are witnessed and audited, and the figures are reported internationally.",
              es = "Como el nivel 3, y los certificados y sus listas se conservan electrónicamente, las destrucciones cuentan con testigos y se auditan, y las cifras se informan internacionalmente." },
          },
          verification = {
            en = "Destruction certificates (actas de destrucción) with their lists of serial numbers; registry entries showing the firearms destroyed.",
            es = "Certificados o actas de destrucción con sus listas de números de serie; asientos del registro que muestran las armas destruidas.",
          },
          questions = {
            { en = "Is each firearm checked by serial number against the inventory before destruction?",
              es = "¿Se coteja cada arma por número de serie con el inventario antes de la destrucción?" },
            { en = "Who signs the destruction certificate, and who witnesses the destruction?",
              es = "¿Quién firma el certificado de destrucción, y quién presencia la destrucción?" },
            { en = "Does the registry show each destroyed firearm as destroyed?",
              es = "¿Figura en el registro cada arma destruida como destruida?" },
          },
          sources = { "D2" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "borders",
      title = { en = "Border and transfer controls", es = "Controles fronterizos y de transferencias" },
      indicators = {
        indicator {
          id = "borders.licensing",
          title = {
            en = "Import, export and transit licensing",
            es = "Licencias de importación, exportación y tránsito",
          },
          critical = true,
          levels = {
            { en = "Imports, exports and transits of firearms need no licence.",
              es = "La importación, la exportación y el tránsito de armas de fuego no requieren licencia." },
            { en = "Licensing is in the law but applied inconsistently.",
              es = "Las licencias están en la ley, pero se aplican de forma irregular." },
            { en = "Imports and exports are licensed but transits are not, or parts and components are left out, or licences are on paper and not checked against shipments.",
              es = "La importación y la exportación requieren licencia pero el tránsito no, o quedan fuera las piezas y componentes, o las licencias están en papel y no se cotejan con los envíos." },
            { en = "Every import, export and transit of firearms and of their parts and components needs a licence, which customs checks against the shipment at the border; licensing is reviewed periodically.",
              es = "Toda importación, exportación y tránsito de armas de fuego y de sus piezas y componentes requiere licencia, que la aduana coteja con el envío en la frontera; el régimen de licencias se revisa periódicamente." },
            { en = "As level 3, and licences are issued electronically and shared with customs, licensing officers are trained, licensing is audited, and transfer data are reported internationally.",
              es = "Como el nivel 3, y las licencias se expiden electrónicamente y se comparten con aduanas, los funcionarios de licencias están capacitados, el régimen se audita y los datos de transferencias se informan internacionalmente." },
          },
          verification = {
            en = "The licensing law and regulation; a sample of licences matched against customs declarations.",
            es = "La ley y el reglamento de licencias; una muestra de licencias cotejada con las declaraciones aduaneras.",
          },
          questions = {
            { en = "Which authority licenses imports, exports and transits of firearms?",
              es = "¿Qué autoridad otorga las licencias de importación, exportación y tránsito de armas de fuego?" },
            { en = "Do parts and components need a licence as firearms do?",
              es = "¿Requieren licencia las piezas y componentes, como las armas?" },
            { en = "How does customs check that a shipment matches its licence?",
              es = "¿Cómo verifica la aduana que un envío coincide con su licencia?" },
          },
          sources = { "U2", "M1" },
        },

        indicator {
          id = "borders.customs-training",
          title = {
            en = "Customs officers trained in firearms identification (MOSAIC 05.60)",
            es = "Funcionarios de aduanas capacitados en identificación de armas de fuego (MOSAIC 05.60)",
          },
          levels = {
            { en = "Customs officers have no training in firearms identification.",
              es = "Los funcionarios de aduanas no tienen capacitación en identificación de armas de fuego." },
            { en = "Training is planned or was given once; there is no programme.",
              es = "La capacitación está prevista o se dio una vez; no hay programa." },
            { en = "Some officers at some points of entry are trained.",
              es = "Algunos funcionarios de algunos puntos de entrada están capacitados." },
            { en = "Customs officers at every point of entry are trained in firearms identification as MOSAIC 05.60 describes, with refresher training on a schedule.",
              es = "Los funcionarios de aduanas de todos los puntos de entrada están capacitados en identificación de armas de fuego como describe MOSAIC 05.60, con actualizaciones según un calendario." },
            { en = "As level 3, and training records are electronic, what officers learned is tested, and the results are reported.",
              es = "Como el nivel 3, y los registros de capacitación son electrónicos, lo aprendido se evalúa y los resultados se informan." },
          },
          verification = {
            en = "Training plans and attendance records; interviews with officers at a point of entry.",
            es = "Planes de capacitación y listas de asistencia; entrevistas con funcionarios en un punto de entrada.",
          },
          questions = {
            { en = "How many customs officers have been trained in firearms identification, and when?",
              es = "¿Cuántos funcionarios de aduanas se han capacitado en identificación de armas de fuego, y cuándo?" },
            { en = "Which points of entry have a trained officer on every shift?",
              es = "¿Qué puntos de entrada tienen un funcionario capacitado en cada turno?" },
            { en = "Is there refresher training, and how often?",
              es = "¿Hay cursos de actualización, y con qué frecuencia?" },
          },
          sources = { "M1" },
        },

        indicator {
          id = "borders.iarms",
          title = { en = "Customs queries iARMS", es = "Las aduanas consultan iARMS" },
          levels = {
            { en = "Customs has no way to query iARMS.",
              es = "La aduana no tiene forma de consultar iARMS." },
            { en = "Access exists centrally, but customs rarely asks for a query.",
              es = "Existe acceso a nivel central, pero la aduana rara vez pide una consulta." },
            { en = "Some points of entry query iARMS, through a central unit, not every time it is needed.",
              es = "Algunos puntos de entrada consultan iARMS por medio de una unidad central, no siempre que hace falta." },
            { en = "Customs at every point of entry can query iARMS, directly or through a designated unit, for every suspect firearm; use is reviewed periodically.",
              es = "La aduana de cada punto de entrada puede consultar iARMS, directamente o por medio de una unidad designada, por cada arma sospechosa; su uso se revisa periódicamente." },
            { en = "As level 3, and queries are logged and audited, every hit is followed up, and the data are analysed and reported.",
              es = "Como el nivel 3, y las consultas se registran y se auditan, se da seguimiento a cada coincidencia, y los datos se analizan y se informan." },
          },
          verification = {
            en = "The access arrangement; the log of customs queries; interviews at a point of entry.",
            es = "El arreglo de acceso; el registro de consultas de la aduana; entrevistas en un punto de entrada.",
          },
          questions = {
            { en = "Can a customs officer check a firearm against iARMS, and how long does it take?",
              es = "¿Puede un funcionario de aduanas consultar un arma en iARMS, y cuánto tarda?" },
            { en = "How many queries did customs make last year, and with what results?",
              es = "¿Cuántas consultas hizo la aduana el año pasado, y con qué resultados?" },
          },
          sources = { "I2" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    pillar {
      id = "cooperation",
      title = { en = "Cooperation, reporting and training", es = "Cooperación, informes y capacitación" },
      indicators = {
        indicator {
          id = "cooperation.iafq",
          title = {
            en = "UNODC Illicit Arms Flows Questionnaire submitted",
            es = "Cuestionario sobre corrientes ilícitas de armas (UNODC) presentado",
          },
          levels = {
            { en = "The questionnaire has never been submitted.",
              es = "El cuestionario nunca se ha presentado." },
            { en = "It was submitted once, or incomplete.",
              es = "Se presentó una vez, o incompleto." },
            { en = "It is submitted, but not every round, or with data from some agencies only.",
              es = "Se presenta, pero no en cada ronda, o con datos de solo algunas instituciones." },
            { en = "It is submitted every round with national data from every agency concerned, checked before submission.",
              es = "Se presenta en cada ronda con datos nacionales de todas las instituciones involucradas, verificados antes de su presentación." },
            { en = "As level 3, and its data are drawn from the electronic registry and case records, audited, and used in national analysis.",
              es = "Como el nivel 3, y sus datos se toman del registro electrónico y de los expedientes, se auditan y se usan en el análisis nacional." },
          },
          verification = {
            en = "Copies of the questionnaires submitted and their dates; UNODC's acknowledgement.",
            es = "Copias de los cuestionarios presentados y sus fechas; el acuse de recibo de la UNODC.",
          },
          questions = {
            { en = "When did the country last submit the questionnaire?",
              es = "¿Cuándo presentó el país el cuestionario por última vez?" },
            { en = "Which agencies supplied its data?",
              es = "¿Qué instituciones aportaron sus datos?" },
          },
          sources = { "U4" },
        },

        indicator {
          id = "cooperation.reports",
          title = {
            en = "ATT annual report and PoA/ITI national reports submitted",
            es = "Informe anual del Tratado sobre el Comercio de Armas (TCA) e informes nacionales sobre el Programa de Acción y el ITI presentados",
          },
          levels = {
            { en = "No report has been submitted.",
              es = "No se ha presentado ningún informe." },
            { en = "Reports are submitted now and then, late or incomplete.",
              es = "Los informes se presentan de vez en cuando, tarde o incompletos." },
            { en = "Some reports are submitted on time (for example the PoA/ITI report), others are not.",
              es = "Algunos informes se presentan a tiempo (por ejemplo, el del Programa de Acción y el ITI), otros no." },
            { en = "The ATT annual report (due 31 May, for a state party) and the national reports on the PoA and the ITI are submitted on time and complete; their content is reviewed by the coordination body.",
              es = "El informe anual del TCA (que vence el 31 de mayo, para un Estado parte) y los informes nacionales sobre el Programa de Acción y el ITI se presentan a tiempo y completos; el órgano de coordinación revisa su contenido." },
            { en = "As level 3, and report data are drawn from electronic records, checked, and published.",
              es = "Como el nivel 3, y los datos de los informes se toman de registros electrónicos, se verifican y se publican." },
          },
          verification = {
            en = "The reports on the UN (PoA/ITI) and ATT reporting sites, with their submission dates.",
            es = "Los informes en los sitios de informes de la ONU (Programa de Acción e ITI) y del TCA, con sus fechas de presentación.",
          },
          questions = {
            { en = "When were the last ATT annual report and the last PoA/ITI national report submitted?",
              es = "¿Cuándo se presentaron el último informe anual del TCA y el último informe nacional sobre el Programa de Acción y el ITI?" },
            { en = "Who prepares them, and from which records?",
              es = "¿Quién los prepara, y a partir de qué registros?" },
          },
          sources = { "M7", "T1" },
        },

        indicator {
          id = "cooperation.training",
          title = {
            en = "Recurrent identification and tracing training (measured by rastro)",
            es = "Capacitación periódica en identificación y rastreo (medida por rastro)",
          },
          critical = true,
          -- The share is rastro's: of the country's trainees (those with at least one finished
          -- attempt), the share who passed each of the competencies below.
          levels = {
            { en = "Under 20% of the country's trainees have passed each identification and tracing competency, or there is no such training.",
              es = "Menos del 20 % de los participantes del país ha aprobado cada competencia de identificación y rastreo, o no existe esa capacitación." },
            { en = "20% to 39% of the country's trainees have passed each identification and tracing competency; training is given ad hoc, in one-off workshops.",
              es = "Entre el 20 % y el 39 % de los participantes del país ha aprobado cada competencia de identificación y rastreo; la capacitación es ocasional, en talleres aislados." },
            { en = "40% to 59% of the country's trainees have passed each identification and tracing competency; training reaches some agencies or regions.",
              es = "Entre el 40 % y el 59 % de los participantes del país ha aprobado cada competencia de identificación y rastreo; la capacitación llega a algunas instituciones o regiones." },
            { en = "60% to 79% of the country's trainees have passed each identification and tracing competency; training is recurrent and nationwide and is reviewed periodically.",
              es = "Entre el 60 % y el 79 % de los participantes del país ha aprobado cada competencia de identificación y rastreo; la capacitación es periódica, llega a todo el país y se revisa periódicamente." },
            { en = "80% or more of the country's trainees have passed each identification and tracing competency; training is institutionalised (in the academies' curricula, with national trainers) and its results are tracked and reported.",
              es = "El 80 % o más de los participantes del país ha aprobado cada competencia de identificación y rastreo; la capacitación está institucionalizada (en los planes de estudio de las academias, con instructores nacionales) y sus resultados se siguen y se informan." },
          },
          verification = {
            en = "rastro's records: for each competency, the share of the country's trainees (those with at least one finished attempt) who passed it, and its change since the previous assessment; training plans and attendance lists.",
            es = "Los registros de rastro: para cada competencia, la proporción de los participantes del país (los que terminaron al menos un intento) que la aprobó, y su variación desde la evaluación anterior; planes de capacitación y listas de asistencia.",
          },
          questions = {
            { en = "How often is identification and tracing training given, and to which agencies (police, prosecution, customs, laboratories)?",
              es = "¿Con qué frecuencia se imparte capacitación en identificación y rastreo, y a qué instituciones (policía, fiscalía, aduanas, laboratorios)?" },
            { en = "Which competencies do trainees pass least often?",
              es = "¿Qué competencias aprueban los participantes con menos frecuencia?" },
            { en = "Has the share who passed risen since the previous assessment?",
              es = "¿Ha aumentado la proporción de aprobados desde la evaluación anterior?" },
            { en = "Is the course part of the academies' curricula, taught by national trainers?",
              es = "¿Forma parte el curso de los planes de estudio de las academias, impartido por instructores nacionales?" },
          },
          sources = { "A10" },
          -- Identification and tracing, as the course teaches them: recognising the firearm
          -- (categories-actions, parts-markings, reading-markings, marking-standards), recording it
          -- (recording), the trace (trace-request, tracing-chain), the records a trace follows
          -- (records-retention) and firearms whose serial number is obliterated (obliterated-serials:
          -- recognise, preserve, send to the laboratory). Left out: safe-handling (a precondition
          -- of all handling, not identification or tracing), stockpile-management and
          -- surplus-destruction (pillars 5 and 6, not this indicator).
          measure = {
            name = "competency_pass_share",
            competencies = {
              "categories-actions", "parts-markings", "reading-markings", "marking-standards",
              "recording", "trace-request", "tracing-chain", "records-retention",
              "obliterated-serials",
            },
            thresholds = { 0, 20, 40, 60, 80 },
          },
        },

        indicator {
          id = "cooperation.partners",
          title = { en = "Cooperation with INTERPOL and ATF", es = "Cooperación con INTERPOL y la ATF" },
          levels = {
            { en = "There is no working cooperation with INTERPOL or ATF on firearms.",
              es = "No hay cooperación efectiva con INTERPOL ni con la ATF en materia de armas de fuego." },
            { en = "Agreements or contacts exist but are used ad hoc.",
              es = "Existen convenios o contactos, pero se usan de forma ocasional." },
            { en = "Some agencies cooperate with INTERPOL or ATF, others do not; requests are exchanged on paper.",
              es = "Algunas instituciones cooperan con INTERPOL o la ATF, otras no; las solicitudes se intercambian en papel." },
            { en = "Standing cooperation with INTERPOL and ATF: requests are exchanged and answered, joint training or operations take place, and every agency knows its contacts; cooperation is reviewed periodically.",
              es = "Cooperación permanente con INTERPOL y la ATF: se intercambian y responden solicitudes, hay capacitaciones u operaciones conjuntas, y cada institución conoce a sus contactos; la cooperación se revisa periódicamente." },
            { en = "As level 3, and requests, answers and response times are recorded electronically and measured, liaison staff are trained, and results are reported.",
              es = "Como el nivel 3, y las solicitudes, las respuestas y los tiempos de respuesta se registran electrónicamente y se miden, el personal de enlace está capacitado y los resultados se informan." },
          },
          verification = {
            en = "Agreements and letters; records of requests exchanged; reports of joint activities.",
            es = "Convenios y oficios; registros de solicitudes intercambiadas; informes de actividades conjuntas.",
          },
          questions = {
            { en = "Which INTERPOL firearms tools and ATF services does the country use?",
              es = "¿Qué herramientas de INTERPOL sobre armas de fuego y qué servicios de la ATF usa el país?" },
            { en = "How many requests were exchanged last year, and how quickly were they answered?",
              es = "¿Cuántas solicitudes se intercambiaron el año pasado, y con qué rapidez se respondieron?" },
          },
          sources = { "I3", "A3" },
        },
      },
    },
  },

  -- Recommendation rules. Each fires on ratings only (never on an unrated indicator), names the
  -- instrument or standard it follows, and keeps to what the country can do.
  rules = {
    -- [U5][T4][M7][T3]
    rule {
      id = "ratify", pillar = "legal",
      when = function(a) return at_most(a, "legal.ratified", 0) end,
      text = {
        en = "Ratify or accede to the UN Firearms Protocol, CIFTA and the Arms Trade Treaty, and carry their obligations into national law, mapping the gaps first with the UNODC harmonised self-assessment questionnaire. While this critical indicator is at 0, it caps the legal framework and coordination pillar at 25.",
        es = "Ratificar el Protocolo sobre armas de fuego de la ONU, la CIFTA y el Tratado sobre el Comercio de Armas, o adherirse a ellos, e incorporar sus obligaciones al derecho interno, identificando antes las brechas con el cuestionario de autoevaluación armonizado de la UNODC. Mientras este indicador crítico esté en 0, limita el pilar de marco jurídico y coordinación a 25 como máximo.",
      },
    },
    -- [T4][T5]
    rule {
      id = "criminalise", pillar = "legal",
      when = function(a) return at_most(a, "legal.criminalised", 0) end,
      text = {
        en = "Make illicit manufacturing and illicit trafficking of firearms criminal offences, including manufacture without the required marking, which CIFTA defines as illicit manufacturing; the OAS model legislation on marking and tracing (2007) offers wording to start from. While this critical indicator is at 0, it caps the legal framework and coordination pillar at 25.",
        es = "Tipificar como delitos la fabricación ilícita y el tráfico ilícito de armas de fuego, incluida la fabricación sin el marcaje exigido, que la CIFTA define como fabricación ilícita; la legislación modelo de la OEA sobre marcaje y rastreo (2007) ofrece una redacción de partida. Mientras este indicador crítico esté en 0, limita el pilar de marco jurídico y coordinación a 25 como máximo.",
      },
    },
    -- [M2][M3][M1]
    rule {
      id = "action-plan", pillar = "legal",
      when = function(a) return at_most(a, "legal.action-plan", 1) end,
      text = {
        en = "Adopt a national action plan covering all eight pillars, with key performance indicators measured from a baseline assessment and followed by the national coordination body, on the model of the Caribbean Firearms Roadmap (target 2030) and MOSAIC.",
        es = "Adoptar un plan de acción nacional que abarque los ocho pilares, con indicadores clave de desempeño medidos desde una evaluación de línea de base y seguidos por el órgano nacional de coordinación, según el modelo de la Hoja de Ruta del Caribe sobre armas de fuego (meta 2030) y de MOSAIC.",
      },
    },
    -- [T1][T3]
    rule {
      id = "manufacture-marking", pillar = "marking",
      when = function(a) return at_most(a, "marking.manufacture", 0) end,
      text = {
        en = "Require every firearm made in the country to be marked at manufacture with the manufacturer's name, the country of manufacture and a serial number (or the symbol-plus-code alternative), as ITI paragraph 8(a) and Article 8 of the Firearms Protocol ask, and encourage year, model and calibre too. While this critical indicator is at 0, it caps the marking pillar at 25.",
        es = "Exigir que toda arma de fuego fabricada en el país se marque al fabricarse con el nombre del fabricante, el país de fabricación y un número de serie (o la alternativa de símbolos y código), como piden el párrafo 8(a) del ITI y el artículo 8 del Protocolo sobre armas de fuego, y alentar que se marquen también el año, el modelo y el calibre. Mientras este indicador crítico esté en 0, limita el pilar de marcaje a 25 como máximo.",
      },
    },
    -- [T1][T3]
    rule {
      id = "import-marking", pillar = "marking",
      when = function(a) return at_most(a, "marking.import", 0) end,
      text = {
        en = "Require every imported firearm to be marked with the country of import and, where possible, the year of import, and to receive a unique mark if it has none (ITI paragraph 8(b), Firearms Protocol Article 8); tie the mark to customs release so that no unmarked import enters circulation. While this critical indicator is at 0, it caps the marking pillar at 25.",
        es = "Exigir que toda arma de fuego importada se marque con el país de importación y, cuando sea posible, el año de importación, y que reciba una marca única si no la tiene (párrafo 8(b) del ITI, artículo 8 del Protocolo sobre armas de fuego); vincular el marcaje al levante o despacho aduanero para que ninguna importación sin marcar entre en circulación. Mientras este indicador crítico esté en 0, limita el pilar de marcaje a 25 como máximo.",
      },
    },
    -- [T7]
    rule {
      id = "registry", pillar = "records",
      when = function(a) return at_most(a, "records.registry", 0) end,
      text = {
        en = "Set up one central registry of civilian, state and seized firearms holding, for each, the ISACS 05.30 identifying fields (manufacturer, country, year, model, serial number, calibre), searchable by serial number. Without it, tracing has no national records to start from. While this critical indicator is at 0, it caps the record-keeping pillar at 25.",
        es = "Crear un único registro nacional central de las armas civiles, estatales e incautadas que contenga de cada una los campos de identificación de ISACS 05.30 (fabricante, país, año, modelo, número de serie, calibre), consultable por número de serie. Sin él, el rastreo no tiene registros nacionales de los que partir. Mientras este indicador crítico esté en 0, limita el pilar de registro a 25 como máximo.",
      },
    },
    -- [T2][T3]
    rule {
      id = "retention", pillar = "records",
      when = function(a) return at_most(a, "records.retention", 2) end,
      text = {
        en = "Set in law and enforce the ITI's retention periods: manufacturing records at least 30 years, all other records, including import and export, at least 20 years, beyond the Firearms Protocol's minimum of 10 years.",
        es = "Fijar en la ley y hacer cumplir los plazos de conservación del ITI: registros de fabricación, al menos 30 años; todos los demás, incluidos los de importación y exportación, al menos 20 años, más allá del mínimo de 10 años del Protocolo sobre armas de fuego.",
      },
    },
    -- [T8]
    rule {
      id = "no-contact", pillar = "tracing",
      when = function(a) return at_most(a, "tracing.contact", 0) end,
      text = {
        en = "Designate a national point of contact for tracing, as ISACS 05.31 asks, to send and answer every domestic and international trace request, and make its details known to police, prosecutors, customs, INTERPOL and ATF. While this critical indicator is at 0, it caps the tracing pillar at 25.",
        es = "Designar un punto de contacto nacional para el rastreo, como pide ISACS 05.31, que envíe y responda todas las solicitudes de rastreo nacionales e internacionales, y dar a conocer sus datos a la policía, la fiscalía, las aduanas, INTERPOL y la ATF. Mientras este indicador crítico esté en 0, limita el pilar de rastreo a 25 como máximo.",
      },
    },
    -- [T8][U6]
    rule {
      id = "trace-all", pillar = "tracing",
      when = function(a) return at_most(a, "tracing.traced", 1) end,
      text = {
        en = "Trace every seized, found or surrendered firearm through the ISACS 05.31 steps (unique identification, domestic trace, international trace, point of diversion, action against repeats), and report the share traced as SDG indicator 16.4.2.",
        es = "Rastrear toda arma incautada, encontrada o entregada siguiendo los pasos de ISACS 05.31 (identificación única, rastreo nacional, rastreo internacional, punto de desvío, medidas para que no se repita), e informar la proporción rastreada como indicador 16.4.2 de los ODS.",
      },
    },
    -- [I1][A6][A13]
    rule {
      id = "trace-success", pillar = "tracing",
      when = function(a) return at_most(a, "tracing.identifiers", 1) end,
      text = {
        en = "Check each firearm's identifiers against the INTERPOL Firearms Reference Table before its trace is sent, and record every trace's outcome to measure the success rate and the causes of failure: a trace succeeds only as far as the identifiers supplied are accurate, and serial-number and form errors are common causes of failed traces.",
        es = "Verificar los identificadores de cada arma en la Tabla de Referencia de Armas de Fuego de INTERPOL (IFRT) antes de enviar su rastreo, y registrar el resultado de cada rastreo para medir la tasa de éxito y las causas de fracaso: un rastreo tiene éxito solo en la medida en que los identificadores enviados son exactos, y los errores en el número de serie y en el formulario son causas frecuentes de rastreos fallidos.",
      },
    },
    -- [A11][A12][I2]
    rule {
      id = "trace-systems", pillar = "tracing",
      when = function(a) return at_most(a, "tracing.systems", 1) end,
      text = {
        en = "Obtain and use eTrace (it exists in Spanish) and iARMS access for the national point of contact and the agencies that recover firearms, and search iARMS for every seized firearm.",
        es = "Obtener y usar el acceso a eTrace (existe en español) y a iARMS para el punto de contacto nacional y las instituciones que recuperan armas, y consultar iARMS por cada arma incautada.",
      },
    },
    -- [S1][S5]
    rule {
      id = "restoration", pillar = "tracing",
      when = function(a) return at_most(a, "tracing.restoration", 0) end,
      text = {
        en = "Secure the capacity to restore obliterated serial numbers, in a forensic laboratory of the country's own or under an agreement with one, and instruct first responders to preserve such firearms as evidence and send them to it: restoration is a laboratory task.",
        es = "Asegurar la capacidad de restaurar números de serie borrados, en un laboratorio forense propio o mediante un convenio con uno, e instruir al primer respondiente para que preserve esas armas como indicio y las envíe al laboratorio: la restauración es una tarea de laboratorio.",
      },
    },
    -- [M10][D4]
    rule {
      id = "stockpile-risk", pillar = "stockpiles",
      when = function(a) return at_most(a, "stockpiles.risk", 0) end,
      text = {
        en = "Risk-assess every site where state stockpiles are stored and bring each to at least IATG risk-reduction Level 1 (UN SaferGuard): poor storage and infrastructure caused more than half of the unplanned explosions at munitions sites whose cause is known. While this critical indicator is at 0, it caps the stockpile management pillar at 25.",
        es = "Evaluar los riesgos de cada sitio donde se almacenan existencias estatales y llevar cada uno al menos al nivel 1 de reducción de riesgos de las IATG (UN SaferGuard): el almacenamiento y la infraestructura deficientes causaron más de la mitad de las explosiones no planificadas de causa conocida en depósitos de municiones. Mientras este indicador crítico esté en 0, limita el pilar de gestión de existencias a 25 como máximo.",
      },
    },
    -- [T9][M12]
    rule {
      id = "inventory", pillar = "stockpiles",
      when = function(a) return at_most(a, "stockpiles.inventory", 0) end,
      text = {
        en = "Keep an inventory of every state stockpile by serial number, reconcile it with periodic physical counts, and report and investigate every loss or theft, as ISACS 05.20 and the OSCE best-practice guide on stockpile procedures set out. While this critical indicator is at 0, it caps the stockpile management pillar at 25.",
        es = "Llevar un inventario de todas las existencias estatales por número de serie, conciliarlo con conteos físicos periódicos, y notificar e investigar toda pérdida o robo, como establecen ISACS 05.20 y la guía de buenas prácticas de la OSCE sobre procedimientos de gestión de existencias. Mientras este indicador crítico esté en 0, limita el pilar de gestión de existencias a 25 como máximo.",
      },
    },
    -- [D1]
    rule {
      id = "disposal", pillar = "destruction",
      when = function(a) return at_most(a, "destruction.disposal", 0) end,
      text = {
        en = "Destroy or otherwise dispose of seized and confiscated firearms as the law says once they are no longer needed as evidence, and clear the backlog: destruction keeps them from returning to illicit markets (UNODA). While this critical indicator is at 0, it caps the surplus and destruction pillar at 25.",
        es = "Destruir las armas incautadas y decomisadas, o darles el destino que fija la ley, cuando ya no se necesiten como elemento material probatorio, y eliminar el rezago: la destrucción impide que vuelvan a los mercados ilícitos (UNODA). Mientras este indicador crítico esté en 0, limita el pilar de excedentes y destrucción a 25 como máximo.",
      },
    },
    -- [D2]
    rule {
      id = "verify-destruction", pillar = "destruction",
      when = function(a) return at_most(a, "destruction.verified", 1) end,
      text = {
        en = "Check every firearm to be destroyed against the inventory by serial number, count it, and sign a destruction certificate that lists the serial numbers, as Peru did for 2,573 firearms in 2002; then record each firearm as destroyed in the registry.",
        es = "Cotejar cada arma que se va a destruir con el inventario por número de serie, contarla y firmar un certificado de destrucción que enumere los números de serie, como hizo el Perú con 2.573 armas en 2002; luego registrar cada arma como destruida en el registro.",
      },
    },
    -- [U2][M1]
    rule {
      id = "licensing", pillar = "borders",
      when = function(a) return at_most(a, "borders.licensing", 0) end,
      text = {
        en = "License every import, export and transit of firearms and of their parts and components, and have customs check each shipment against its licence, following MOSAIC. While this critical indicator is at 0, it caps the border and transfer controls pillar at 25.",
        es = "Exigir licencia para toda importación, exportación y tránsito de armas de fuego y de sus piezas y componentes, y que la aduana coteje cada envío con su licencia, según MOSAIC. Mientras este indicador crítico esté en 0, limita el pilar de controles fronterizos y de transferencias a 25 como máximo.",
      },
    },
    -- [M1]
    rule {
      id = "customs-training", pillar = "borders",
      when = function(a) return at_most(a, "borders.customs-training", 1) end,
      text = {
        en = "Train customs officers at every point of entry in firearms identification, as MOSAIC 05.60 describes, with refresher training on a schedule.",
        es = "Capacitar a los funcionarios de aduanas de todos los puntos de entrada en identificación de armas de fuego, como describe MOSAIC 05.60, con actualizaciones según un calendario.",
      },
    },
    -- [U4][M7][T1]
    rule {
      id = "reporting", pillar = "cooperation",
      when = function(a)
        return at_most(a, "cooperation.iafq", 1) or at_most(a, "cooperation.reports", 1)
      end,
      text = {
        en = "Submit the international reports on time and complete: the UNODC Illicit Arms Flows Questionnaire, the ATT annual report (due 31 May, for a state party) and the national reports on the PoA and the ITI; have the coordination body assign who compiles each one.",
        es = "Presentar a tiempo y completos los informes internacionales: el Cuestionario sobre corrientes ilícitas de armas de la UNODC, el informe anual del TCA (que vence el 31 de mayo, para un Estado parte) y los informes nacionales sobre el Programa de Acción y el ITI; que el órgano de coordinación asigne quién elabora cada uno.",
      },
    },
    -- [A10]
    rule {
      id = "training-share", pillar = "cooperation",
      when = function(a) return at_most(a, "cooperation.training", 1) end,
      text = {
        en = "Make identification and tracing training recurrent and nationwide: at this level, fewer than 40% of the country's trainees have passed each identification and tracing competency. Put the course in the police and customs academies' curricula, train national trainers, and repeat the competencies passed least often.",
        es = "Hacer que la capacitación en identificación y rastreo sea periódica y nacional: en este nivel, menos del 40 % de los participantes del país ha aprobado cada competencia de identificación y rastreo. Incluir el curso en los planes de estudio de las academias de policía y de aduanas, formar instructores nacionales y repetir las competencias que menos se aprueban.",
      },
    },
  },
}
