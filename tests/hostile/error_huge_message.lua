-- expect: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
-- A sixteen-megabyte message: reported cut short.
error(("x"):rep(1 << 12):rep(1 << 12))
