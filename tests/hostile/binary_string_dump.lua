-- expect: attempt to call a nil value
-- string.dump makes bytecode (and load is absent anyway): it is removed.
return string.dump(function() end)
