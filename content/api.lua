---@meta
-- Type annotations of rastro's authoring API for lua-language-server (and editors using it):
-- completion and type checks for module files. rastro itself skips this file ("---@meta").
-- The API and its rules are described in content/README.md; `rastro lint` checks what types
-- cannot (ids, ranges, source keys, page links, seeds).

-------------------------------------------------------------------------------------------------
-- Texts, ids, sources, pictures
-------------------------------------------------------------------------------------------------

---A text in every language, or one text for all (lint warns that it is not translated).
---@alias rastro.Text string|{ en: string, es: string }

---An id: lower-case letters, digits, '-' and '_' (not first), at most 64 characters.
---@alias rastro.Id string

---A source of the facts a module teaches.
---@class rastro.Source
---@field key string Short key that pages and questions cite, e.g. "T8"
---@field text string The published source, e.g. "ISACS 05.31"

---A PNG picture from the assets/ folder beside the module (or one or two folders up), drawn in
---sixel graphics, coloured blocks or ASCII as the terminal allows.
---@class rastro.Image
---@field file string|{en?: string, es?: string} File name only: letters, digits, '-', '_' and '.', ending in ".png" (no folders); or one per language
---@field caption? rastro.Text Shown under the picture
---@field alt? rastro.Text What the picture shows, for terminals that cannot draw it (lint warns when missing)

-------------------------------------------------------------------------------------------------
-- Pages
-------------------------------------------------------------------------------------------------

---A way on from a page.
---@class rastro.PageChoice
---@field label rastro.Text What the trainee picks, e.g. "Yes, it is readable"
---@field go rastro.Id|"end" The id of the page it leads to, or "end" to end the lesson

---@class rastro.PageSpec
---@field id? rastro.Id Needed only to be the target of a choice or of next
---@field title rastro.Text
---@field text rastro.Text Markup: blank lines between paragraphs; "# " heading, "- " bullet, "! " note, "!! " warning lines; *emphasis*
---@field image? rastro.Image A picture shown with the page
---@field choices? rastro.PageChoice[] Two or more (at most 9); the page then leads on only through them
---@field next? rastro.Id|"end" The page after this one (default: the following page; after the last: "end"); not with choices
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Page: rastro.PageSpec

-------------------------------------------------------------------------------------------------
-- Questions: the fields they all take
-------------------------------------------------------------------------------------------------

---@class rastro.QuestionSpec
---@field id rastro.Id Unique within the module
---@field prompt rastro.Text Blank lines between paragraphs, "- " bullets
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources
---@field hint? rastro.Text Practice: shown under the prompt when the trainee asks (Ctrl-T), costing practice.hint_cost
---@field image? rastro.Image A picture shown with the question
---@field tags? rastro.Id[] Competency tags, e.g. { "marking", "tracing" }: used to draw pools and in reports, titled by competencies { ... } (at most 20)
---@field critical? boolean true: the quiz is passed only when this question, if asked, has a right final answer, whatever the score (default false)

---@class rastro.ChoiceSpec: rastro.QuestionSpec
---@field options rastro.Text[] Two to nine options
---@field answer integer Number of the right option, counting from 1

---@class rastro.Choice: rastro.ChoiceSpec

---@class rastro.TrueFalseSpec: rastro.QuestionSpec
---@field prompt rastro.Text A statement the trainee judges true or false
---@field answer boolean

---@class rastro.TrueFalse: rastro.TrueFalseSpec

---@class rastro.MultiSpec: rastro.QuestionSpec
---@field options rastro.Text[] Two to nine options
---@field answers integer[] Numbers of the right options, counting from 1, e.g. { 1, 3 }
---@field negative? boolean Wrong picks may take the score below zero (default false)

---@class rastro.Multi: rastro.MultiSpec

---@class rastro.TextSpec: rastro.QuestionSpec
---@field answers rastro.Text[] Accepted answers (at most 50); one in any language is accepted; the first is shown as the right answer
---@field match_case? boolean Case counts (default false: ignored)
---@field match_accents? boolean Accents count (default false: "alemán" = "aleman")
---@field match_spacing? boolean Spacing counts (default false)

---@class rastro.TextQuestion: rastro.TextSpec

---@class rastro.NumericSpec: rastro.QuestionSpec
---@field answer number The right number
---@field tolerance? number How far off still counts (default 0)
---@field unit? string Shown after the field, e.g. "mm" (at most 16 bytes); the trainee may type it or not

---@class rastro.Numeric: rastro.NumericSpec

---@class rastro.SerialSpec: rastro.QuestionSpec
---@field answer string The serial number exactly as marked (1 to 40 characters)

---@class rastro.Serial: rastro.SerialSpec

---@class rastro.OrderSpec: rastro.QuestionSpec
---@field items rastro.Text[] Two to nine items, written in the right order

---@class rastro.Order: rastro.OrderSpec

---@class rastro.MatchSpec: rastro.QuestionSpec
---@field pairs rastro.Text[][] Two to nine pairs { left, right }

---@class rastro.Match: rastro.MatchSpec

---A right place on a picture: left, top, width and height in the picture's pixels.
---@class rastro.Region
---@field x number
---@field y number
---@field w number
---@field h number

---@class rastro.LocateSpec: rastro.QuestionSpec
---@field image rastro.Image The picture to point at (required)
---@field grid? integer[] { columns, rows } laid over the picture, 2 to 12 each (default { 8, 6 })
---@field regions rastro.Region[] One to eight right places; a cell overlapping one by a quarter of the cell, or covering half of it, is right

---@class rastro.Locate: rastro.LocateSpec

-------------------------------------------------------------------------------------------------
-- Forms
-------------------------------------------------------------------------------------------------

---How a form field is judged.
---@alias rastro.FieldRule
---| "text"    # like a text question: answers, match_case, match_accents, match_spacing (the default)
---| "exact"   # one of answers exactly as written (case, accents and spacing count; spaces around are trimmed)
---| "serial"  # a serial number transcribed exactly: answer
---| "number"  # a number: answer, tolerance, unit
---| "country" # an ISO 3166 alpha-2 code typed by the trainee, any case: answer, e.g. "MX"
---| "check"   # judged by the field's check function (implied by check)

---The fields every form field takes.
---@class rastro.FormFieldBase
---@field name rastro.Id Unique within the form; the key the typed value is stored under
---@field label rastro.Text Shown before the input

---rule = "text" (the default): like a text question.
---@class rastro.TextField: rastro.FormFieldBase
---@field rule? "text"
---@field answers rastro.Text[] Accepted answers, in any language
---@field match_case? boolean
---@field match_accents? boolean
---@field match_spacing? boolean

---rule = "exact": one of the answers exactly as written.
---@class rastro.ExactField: rastro.FormFieldBase
---@field rule "exact"
---@field answers rastro.Text[]

---rule = "serial": a serial number transcribed exactly (feedback names confusable characters).
---@class rastro.SerialField: rastro.FormFieldBase
---@field rule "serial"
---@field answer string 1 to 40 characters

---rule = "number": a number within a tolerance.
---@class rastro.NumberField: rastro.FormFieldBase
---@field rule "number"
---@field answer number
---@field tolerance? number Default 0
---@field unit? string E.g. "mm"; the trainee may type it or not

---rule = "country": an ISO 3166 alpha-2 country code.
---@class rastro.CountryField: rastro.FormFieldBase
---@field rule "country"
---@field answer string E.g. "MX"; the trainee's "mx" counts too

---What a check returns: true or false, or a share of the field's marks from 0 to 1; then an
---optional message shown as the field's feedback.
---@alias rastro.CheckFunction fun(value: string): boolean|number, rastro.Text|nil

---check = function(value) ... end: the field is judged by the function (rule "check").
---@class rastro.CheckField: rastro.FormFieldBase
---@field rule? "check"
---@field check rastro.CheckFunction Called with what the trainee typed; an empty field scores 0 whatever it returns
---@field answer? rastro.Text Shown as the right answer

---@alias rastro.FormField rastro.TextField|rastro.ExactField|rastro.SerialField|rastro.NumberField|rastro.CountryField|rastro.CheckField

---@class rastro.FormSpec: rastro.QuestionSpec
---@field fields rastro.FormField[] One to sixteen fields; each scores its share of the marks

---@class rastro.Form: rastro.FormSpec

-------------------------------------------------------------------------------------------------
-- Generated questions
-------------------------------------------------------------------------------------------------

---The seeded generator handed to a question function. The same seed gives the same numbers on
---every machine; math.random is seeded with the same seed.
---@class rastro.Rng
local Rng = {}

---A whole number from a to b (both included; a <= b).
---@param a integer
---@param b integer
---@return integer
function Rng:int(a, b) end

---A number from 0 (included) to 1 (excluded).
---@return number
function Rng:number() end

---One entry of a non-empty list.
---@generic T
---@param list T[]
---@return T
function Rng:pick(list) end

---Shuffles the list in place, and returns it.
---@generic T
---@param list T[]
---@return T[]
function Rng:shuffle(list) end

---Any question.
---@alias rastro.Question rastro.Choice|rastro.Multi|rastro.TrueFalse|rastro.TextQuestion|rastro.Numeric|rastro.Serial|rastro.Order|rastro.Match|rastro.Form

---A quiz entry written as a function: it builds the question from rng. It must return a question
---with the same id, type and critical for every seed (lint tries seeds 1 to 20, or --seeds N);
---the seed is stored with the answer, so that an attempt can be replayed.
---@alias rastro.QuestionFunction fun(rng: rastro.Rng): rastro.Question

-------------------------------------------------------------------------------------------------
-- Quiz settings
-------------------------------------------------------------------------------------------------

---The settings both modes take.
---@class rastro.QuizSettings
---@field draw? integer Ask this many questions, drawn at random for each attempt (default: all)
---@field tags? rastro.Id[] Draw only questions carrying one of these tags
---@field shuffle? boolean Questions, and choice and multi options, in a new order each attempt
---@field pass? number Pass mark in percent, 0 to 100 (default 70); modules that require this one need it
---@field pass_by_tag? table<rastro.Id, number> A pass mark of their own (percent, 0 to 100) for the questions carrying each tag, e.g. { marking = 80, ["safe-handling"] = 100 }; a tag an attempt did not ask sets no rule (at most 50)

---practice = { ... }: feedback after each answer (the default mode).
---@class rastro.PracticeSettings: rastro.QuizSettings
---@field retries? integer Extra tries after a wrong answer, 0 to 9 (default 0)
---@field penalty? number Share of the marks lost per extra try, 0 to 1 (default 0)
---@field hint_cost? number Share of the marks a hint costs, 0 to 1 (default 0)

---exam = { ... }: no feedback until the results; shuffle defaults to true.
---@class rastro.ExamSettings: rastro.QuizSettings
---@field time_limit? integer Seconds, at least 10 (default: no limit)
---@field attempts? integer Attempts allowed per trainee (default: no limit)

-------------------------------------------------------------------------------------------------
-- The lesson
-------------------------------------------------------------------------------------------------

---@class rastro.LessonSpec
---@field id rastro.Id Unique module id
---@field version? integer Whole number from 1 (default 1); stored with each attempt
---@field title rastro.Text
---@field summary? rastro.Text Shown in the menus
---@field sources? rastro.Source[] Where the facts come from (lint warns when missing)
---@field requires? rastro.Id[] Ids of modules the trainee must pass first
---@field practice? rastro.PracticeSettings How the quiz is taken: practice (the default) ...
---@field exam? rastro.ExamSettings ... or exam; or both: a practice quiz and an exam from the same questions, the exam deciding the pass
---@field pages? rastro.Page[] At most 500
---@field quiz? (rastro.Question|rastro.QuestionFunction)[] At most 1000

---@class rastro.Lesson: rastro.LessonSpec

-------------------------------------------------------------------------------------------------
-- Competencies
-------------------------------------------------------------------------------------------------

---A competency: a tag the questions carry, with the title My progress and reports show for it.
---@class rastro.CompetencySpec
---@field id rastro.Id The tag, e.g. "safe-handling"; declared once in the whole content
---@field title { en: string, es: string } Both languages: it heads report columns in either

---@class rastro.Competencies: rastro.CompetencySpec[]

-------------------------------------------------------------------------------------------------
-- Glossary
-------------------------------------------------------------------------------------------------

---A term's names in one language: the preferred name first, then synonyms a typed answer may use
---(at most 12); or one name as a string.
---@alias rastro.Names string|string[]

---A term of the glossary, opened in the shell with Ctrl-G.
---@class rastro.TermSpec
---@field id rastro.Id Unique among the terms of every glossary file, e.g. "frame-or-receiver"
---@field en rastro.Names English names, e.g. { "frame or receiver", "receiver", "frame" }
---@field es rastro.Names Spanish names, the region's term first, e.g. { "cajón de mecanismos", "armazón", "receptor" }
---@field define { en: string, es: string } What it means, in each language
---@field sources? string[] Keys from the glossary's sources (lint warns when missing)
---@field see? rastro.Id[] Ids of related terms of the same file (at most 20)

---@class rastro.Term: rastro.TermSpec

---@class rastro.GlossarySpec
---@field sources? rastro.Source[] Where the definitions come from (lint warns when missing)
---@field terms rastro.Term[] At most 1000; each name belongs to one term

---@class rastro.Glossary: rastro.GlossarySpec
-- Assessment instruments (content/assessments/*.lua)
-------------------------------------------------------------------------------------------------

---An indicator id: like rastro.Id, and '.' may join words, e.g. "legal.ratified" (at most 64).
---@alias rastro.IndicatorId string

---A level proposed from rastro's own records, which the assessor accepts or overrides with a reason.
---@class rastro.Measure
---@field name "competency_pass_share" The share (percent) of the country's trainees with a finished quiz or exam who passed every competency listed
---@field competencies rastro.Id[] Ids of the modules that teach them (the course has one module per competency)
---@field thresholds? number[] Exactly five: the least share for levels 0 to 4, rising (default { 0, 20, 40, 60, 80 })

---@class rastro.IndicatorSpec
---@field id rastro.IndicatorId Unique in the instrument
---@field title rastro.Text
---@field levels rastro.Text[] Exactly five: what levels 0 to 4 mean for this indicator, in order
---@field verification rastro.Text Means of verification: the document or observation that proves the level
---@field questions rastro.Text[] Guiding questions for the assessor, at least one (at most 20)
---@field critical? boolean The pillar scores at most 25 while this indicator is rated 0 (default false)
---@field weight? number Its weight in the pillar's mean, more than 0, at most 100 (default 1)
---@field not_applicable? boolean It may be rated "not applicable", with a reason; it then leaves the mean (default false)
---@field sources? string[] Keys from the instrument's sources
---@field measure? rastro.Measure A level proposed from rastro's records

---@class rastro.Indicator: rastro.IndicatorSpec

---@class rastro.PillarSpec
---@field id rastro.Id Unique in the instrument
---@field title rastro.Text
---@field indicators rastro.Indicator[] At least one (at most 100)

---@class rastro.Pillar: rastro.PillarSpec

---What a rule's when function gets: the assessment, read-only. Reading an indicator or pillar
---the instrument does not have is an error (a typo never passes for an unrated indicator).
---@class rastro.Assessment
---@field level table<rastro.IndicatorId, integer> 0 to 4; nil when unrated or not applicable
---@field na table<rastro.IndicatorId, boolean> true when rated not applicable
---@field measured table<rastro.IndicatorId, number> The measured share (percent) kept with the rating; nil for none
---@field pillar table<rastro.Id, number> The pillar's score, 0 to 100, as shown; nil without a rated indicator
---@field gated table<rastro.Id, boolean> true while a critical indicator of the pillar is at 0
---@field overall? number The overall score; nil while nothing is rated
---@field band? "absent"|"initial"|"developing"|"established"|"advanced" The overall score's band

---@class rastro.RuleSpec
---@field id rastro.Id Unique in the instrument
---@field when fun(a: rastro.Assessment): boolean? Whether the recommendation applies; run in the sandbox, with the limits of module code
---@field text rastro.Text The recommendation
---@field pillar? rastro.Id The pillar it belongs with

---@class rastro.Rule: rastro.RuleSpec

---@class rastro.InstrumentSpec
---@field id rastro.Id Unique instrument id (with version)
---@field version? integer Whole number from 1 (default 1); stored with each assessment
---@field title rastro.Text
---@field sources? rastro.Source[] Where the indicators come from (lint warns when missing)
---@field pillars rastro.Pillar[] At least one (at most 50)
---@field rules? rastro.Rule[] Recommendations, listed in this order (at most 200)

---@class rastro.Instrument: rastro.InstrumentSpec

-------------------------------------------------------------------------------------------------
-- Constructors
-------------------------------------------------------------------------------------------------

---The module: a file returns `lesson { ... }`.
---@param spec rastro.LessonSpec
---@return rastro.Lesson
function lesson(spec) end

---The competencies of the course: a file of its own returns `competencies { ... }` (at most 200).
---@param spec rastro.CompetencySpec[]
---@return rastro.Competencies
function competencies(spec) end

---The course's glossary: a file of its own returns `glossary { sources = ..., terms = ... }`.
---@param spec rastro.GlossarySpec
---@return rastro.Glossary
function glossary(spec) end

---A term of the glossary: its names in each language, its definition and its sources.
---@param spec rastro.TermSpec
---@return rastro.Term
function term(spec) end
---An assessment instrument: a file in content/assessments/ returns `instrument { ... }`.
---@param spec rastro.InstrumentSpec
---@return rastro.Instrument
function instrument(spec) end

---A pillar of an instrument: indicators of one area of capacity.
---@param spec rastro.PillarSpec
---@return rastro.Pillar
function pillar(spec) end

---An indicator, rated 0 to 4 (or not applicable, where it allows).
---@param spec rastro.IndicatorSpec
---@return rastro.Indicator
function indicator(spec) end

---A recommendation, shown when its when function returns true.
---@param spec rastro.RuleSpec
---@return rastro.Rule
function rule(spec) end

---A page of the lesson.
---@param spec rastro.PageSpec
---@return rastro.Page
function page(spec) end

---A question with one right answer.
---@param spec rastro.ChoiceSpec
---@return rastro.Choice
function choice(spec) end

---A question with several right answers; partial credit.
---@param spec rastro.MultiSpec
---@return rastro.Multi
function multi(spec) end

---A statement to judge: the trainee answers True or False.
---@param spec rastro.TrueFalseSpec
---@return rastro.TrueFalse
function truefalse(spec) end

---A typed answer, matched against the accepted ones.
---@param spec rastro.TextSpec
---@return rastro.TextQuestion
function text(spec) end

---A typed number, right within a tolerance.
---@param spec rastro.NumericSpec
---@return rastro.Numeric
function numeric(spec) end

---A serial number to transcribe exactly; feedback names each confusable character.
---@param spec rastro.SerialSpec
---@return rastro.Serial
function serial(spec) end

---Items to put in order; partial credit for pairs in the right relative order.
---@param spec rastro.OrderSpec
---@return rastro.Order
function order(spec) end

---Pairs to match; each right pair earns its share of the marks.
---@param spec rastro.MatchSpec
---@return rastro.Match
function match(spec) end

---Several fields to fill in, such as a trace request; each field scores its share of the marks
---and gets its own feedback.
---@param spec rastro.FormSpec
---@return rastro.Form
function form(spec) end

---A place to point at on a picture: the trainee moves a frame over a grid and presses Enter on a
---cell; right when the cell is on one of the regions. The answer is stored as the cell's name.
---@param spec rastro.LocateSpec
---@return rastro.Locate
function locate(spec) end
