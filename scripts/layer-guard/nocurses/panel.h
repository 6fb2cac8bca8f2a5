/* Found first on the include path of a layer that must not include curses (Makefile). */
#error "curses is the UI's alone: this layer must not include it (see scripts/check-layers)"
