-- expect: title: missing|out of memory|memory limit
-- Fills the memory to the last byte, keeps it all reachable and returns a lesson without a title:
-- the loader then reads the lesson with no memory to spare. It must report a problem (the
-- missing title, or that it ran out of memory), never crash.
local l = lesson { id = "hostile-full", pages = { page { title = "x", text = "y" } } }
local kb = ("x"):rep(1024)
ballast = {} -- most of the 64 MB in big pieces (quick even under sanitizers), the rest in small ones
for i = 1, 58 do ballast[i] = kb:rep(1024) .. i end
chain = false
function fill() while true do chain = { chain } end end
function fill_deep(n)
  -- fill from deep in the stack, so that the stack stays large when memory is full
  local a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
  if n > 0 then fill_deep(n - 1) else pcall(fill) end
  return a
end
fill_deep(20)
return l
