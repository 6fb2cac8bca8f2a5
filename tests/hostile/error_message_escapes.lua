-- expect: ERRMSG
-- An error message made to drive the terminal: it is reported as it is and drawn inert on the
-- content problems screen (the spoofing test in check_sandbox.c loads this file too).
error("ERRMSG\27[2JWIPE \27]0;ERRTITLE\7 \194\155ERRC1 \rERRCR", 0)
