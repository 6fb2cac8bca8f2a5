-- expect: instruction limit|time limit
-- Module code called back from inside a C library function.
string.gsub("aaaa", "a", function() while true do end end)
