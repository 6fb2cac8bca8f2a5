-- expect: seconds
-- A pattern that backtracks for ever inside C, where no instruction hook runs: the wall-clock
-- and processor limits of the child process that builds the module stop it.
local s = string.rep("a", 100000)
return s:find(".-.-.-.-x")
