-- expect: attempt to call a nil value
-- The same through the strings' metatable: ("").dump must not exist either.
return (""):dump()
