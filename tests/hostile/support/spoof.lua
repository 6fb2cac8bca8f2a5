-- A module whose texts try to drive the terminal: escape sequences (CSI, OSC, DCS), C1 controls
-- both as UTF-8 (\194\155) and as a lone byte (\155), BEL, backspace, carriage return and a
-- bidirectional override, in its title, summary, sources, pages, prompt, options and explanation.
-- They are texts, so the module loads (lint warns about each); the shell must draw them inert.
-- check_sandbox.c's spoofing test opens every one of these screens in a pseudo-terminal and
-- checks the bytes rastro wrote: each sequence sits between marker words so that it can be told
-- from rastro's own output.
return lesson {
  id = "hostile-spoof",
  title = "TITLE1\27[2JTITLE2 \27]0;OSCTITLE\7TITLE3",
  summary = "SUM1\27[1;1HSUM2 BIDI\u{202E}BIDIEND",
  sources = { { key = "S1", text = "SRC\27]8;;http://example.invalid/\7LINK" } },
  pages = {
    page {
      title = "PAGE1\27[HPAGE2",
      text = "BODY1\27[31mBODY2\n\n"
        .. "C1\194\1552JC1END\n\n"
        .. "LONE\1552JLONEEND\n\n"
        .. "BEL\7BELEND BS\8BSEND CR\rCREND\n\n"
        .. "DCS\27P+q\27\\DCSEND",
      sources = { "S1" },
    },
  },
  quiz = {
    choice {
      id = "q1",
      prompt = "PROMPT\27[5APROMPTEND",
      options = { "OPTA\27[2KOPTAEND", "OPTB\27[?25lOPTBEND" },
      answer = 1,
      explain = "EXPL\27[3JEXPLEND \27]52;c;Zm9v\7CLIP",
    },
  },
}
