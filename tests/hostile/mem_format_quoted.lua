-- expect: memory limit
-- %q escapes each quote: the result outgrows the string it quotes (on top of 40 MB of ballast,
-- so that it does so quickly).
local ballast = ("x"):rep(1 << 20):rep(40)
local s = ('"'):rep(1 << 10):rep(8 << 10)
return string.format("%q", s)
