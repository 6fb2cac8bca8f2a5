-- expect: invalid conversion
-- A field width of a hundred thousand: refused by string.format before any buffer is made.
return string.format("%099999d", 1)
