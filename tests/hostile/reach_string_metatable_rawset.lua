-- expect: table expected, got boolean
rawset(getmetatable(""), "__index", {})
