/* Found first on the include path of a layer that must not include Lua (Makefile). */
#error "Lua headers are the Lua host's alone: this layer must not include them (see scripts/check-layers)"
