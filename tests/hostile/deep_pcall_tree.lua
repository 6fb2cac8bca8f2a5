-- expect: instruction limit|time limit|stack overflow|seconds
-- Each level catches the stack overflow of the level below and tries again: a tree of calls
-- about 200 deep and 2^200 wide.
local function f() pcall(f) pcall(f) end
f()
