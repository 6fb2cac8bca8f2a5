---@meta
-- Type annotations of rastro's authoring API for lua-language-server (and editors using it):
-- completion and type checks for module files. rastro itself skips this file ("---@meta").
-- The API and its rules are described in content/README.md.

---A text in every language, or one text for all (lint warns that it is not translated).
---@alias rastro.Text string|{ en: string, es: string }

---A source of the facts a module teaches.
---@class rastro.Source
---@field key string Short key that pages and questions cite, e.g. "T8"
---@field text string The published source, e.g. "ISACS 05.31"

---@class rastro.PageSpec
---@field title rastro.Text
---@field text rastro.Text Paragraphs separated by blank lines; lines starting with "- " are bullets
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Page: rastro.PageSpec

---@class rastro.ChoiceSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field options rastro.Text[] Two to nine options
---@field answer integer Number of the right option, counting from 1
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Choice: rastro.ChoiceSpec

---@class rastro.TrueFalseSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text A statement the trainee judges true or false
---@field answer boolean
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.TrueFalse: rastro.TrueFalseSpec

---@class rastro.MultiSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field options rastro.Text[] Two to nine options
---@field answers integer[] Numbers of the right options, counting from 1, e.g. { 1, 3 }
---@field negative? boolean Wrong picks may take the score below zero (default false)
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Multi: rastro.MultiSpec

---@class rastro.TextSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field answers rastro.Text[] Accepted answers; one in any language is accepted
---@field match_case? boolean Case counts (default false: ignored)
---@field match_accents? boolean Accents count (default false: "alemán" = "aleman")
---@field match_spacing? boolean Spacing counts (default false)
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.TextQuestion: rastro.TextSpec

---@class rastro.NumericSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field answer number The right number
---@field tolerance? number How far off still counts (default 0)
---@field unit? string Shown after the field, e.g. "mm"; the trainee may type it or not
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Numeric: rastro.NumericSpec

---@class rastro.SerialSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field answer string The serial number exactly as marked (1 to 40 characters)
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Serial: rastro.SerialSpec

---@class rastro.OrderSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field items rastro.Text[] Two to nine items, written in the right order
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Order: rastro.OrderSpec

---@class rastro.MatchSpec
---@field id string Unique within the module: lower-case letters, digits, '-' and '_'
---@field prompt rastro.Text
---@field pairs rastro.Text[][] Two to nine pairs { left, right }
---@field explain? rastro.Text Shown after the answer (lint warns when missing)
---@field sources? string[] Keys from the lesson's sources

---@class rastro.Match: rastro.MatchSpec

---@class rastro.LessonSpec
---@field id string Unique module id: lower-case letters, digits, '-' and '_' (at most 64)
---@field version? integer Whole number from 1 (default 1)
---@field title rastro.Text
---@field summary? rastro.Text Shown in the menus
---@field sources? rastro.Source[]
---@field pages? rastro.Page[]
---@field quiz? (rastro.Choice|rastro.Multi|rastro.TrueFalse|rastro.TextQuestion|rastro.Numeric|rastro.Serial|rastro.Order|rastro.Match)[]

---@class rastro.Lesson: rastro.LessonSpec

---The module: a file returns `lesson { ... }`.
---@param spec rastro.LessonSpec
---@return rastro.Lesson
function lesson(spec) end

---A page of the lesson.
---@param spec rastro.PageSpec
---@return rastro.Page
function page(spec) end

---A statement to judge: the trainee answers True or False.
---@param spec rastro.TrueFalseSpec
---@return rastro.TrueFalse
function truefalse(spec) end

---A question with several right answers; partial credit.
---@param spec rastro.MultiSpec
---@return rastro.Multi
function multi(spec) end

---Pairs to match; each right pair earns its share of the marks.
---@param spec rastro.MatchSpec
---@return rastro.Match
function match(spec) end

---Items to put in order; partial credit for pairs in the right relative order.
---@param spec rastro.OrderSpec
---@return rastro.Order
function order(spec) end

---A serial number to transcribe exactly; feedback names each confusable character.
---@param spec rastro.SerialSpec
---@return rastro.Serial
function serial(spec) end

---A typed number, right within a tolerance.
---@param spec rastro.NumericSpec
---@return rastro.Numeric
function numeric(spec) end

---A typed answer, matched against the accepted ones.
---@param spec rastro.TextSpec
---@return rastro.TextQuestion
function text(spec) end

---A question with one right answer.
---@param spec rastro.ChoiceSpec
---@return rastro.Choice
function choice(spec) end
