-- expect: unknown field
-- Twenty thousand misspelt fields: twenty thousand problems, reported without stalling.
local l = { id = "hostile-flood", title = "x", pages = { page { title = "x", text = "y" } } }
for i = 1, 20000 do l["field" .. i] = true end
return lesson(l)
