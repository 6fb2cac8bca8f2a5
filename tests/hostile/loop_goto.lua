-- expect: instruction limit|time limit
-- A loop made of a jump, with no loop statement to spot.
::again::
goto again
