-- expect: instruction limit|time limit
-- A to-be-closed variable: its __close runs when the block ends, and again while an error
-- unwinds.
do
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
end
