-- expect: memory limit|too large
-- A fixed-size field of a gigabyte.
return string.pack("c1000000000", "")
