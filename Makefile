# rastro: build, run, test, benchmark and install.
# `make run` and `make check` install missing Debian packages first (scripts/install-deps).

PREFIX  ?= /usr/local
CC      ?= cc
BUILD   ?= build
PKGS    := ncursesw lua5.4 libpng sqlite3
# Only the PDF renderer (the helper program rastro-pdf) links these: rastro starts it when it
# writes a PDF, so that rastro itself links none of some forty more shared libraries.
PDFPKGS := pangocairo
# The picture converter (the helper program rastro-chafa) alone links libchafa (and with it
# glib), started on the first picture drawn.
CHAFAPKGS := chafa
TESTPKGS := check vterm

# Install what is missing before anything asks pkg-config for flags.
ifneq ($(MAKECMDGOALS),clean)
ifeq ($(shell pkg-config --exists $(PKGS) $(PDFPKGS) $(CHAFAPKGS) $(TESTPKGS) 2>/dev/null && command -v msgfmt >/dev/null && command -v dialog >/dev/null && command -v lua5.4 >/dev/null && command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null && command -v rsvg-convert >/dev/null && command -v chafa >/dev/null && echo ok),)
DEPS := $(shell scripts/install-deps >&2 && echo ok)
ifneq ($(DEPS),ok)
$(error scripts/install-deps failed; install the packages it names and run make again)
endif
endif
endif

WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
ifeq ($(WERROR),1)
WARN    += -Werror
endif
OPT     ?= -O2 -g
SAN     ?=
CFLAGS_BASE := -std=gnu11 $(OPT) $(WARN) $(SAN) -D_GNU_SOURCE -MMD -MP
CFLAGS_ALL := $(CFLAGS_BASE) $(shell pkg-config --cflags $(PKGS)) $(CFLAGS)
# The layers (see scripts/check-layers): core is compiled without the curses and Lua include
# paths, the Lua host without curses, the UI without Lua, so that an include across a layer fails
# the build. curses.h sits in the default include path, so a directory whose curses headers are an
# #error comes first for the layers that must not include it (scripts/layer-guard).
GUARD_NOCURSES := -Iscripts/layer-guard/nocurses
GUARD_NOLUA    := -Iscripts/layer-guard/nolua
CFLAGS_CORE := $(CFLAGS_BASE) $(GUARD_NOCURSES) $(GUARD_NOLUA) \
               $(shell pkg-config --cflags libpng sqlite3) $(CFLAGS)
CFLAGS_LUA  := $(CFLAGS_BASE) $(GUARD_NOCURSES) \
               $(shell pkg-config --cflags lua5.4 libpng sqlite3) $(CFLAGS)
CFLAGS_UI   := $(CFLAGS_BASE) $(GUARD_NOLUA) \
               $(shell pkg-config --cflags ncursesw libpng sqlite3) $(CFLAGS)
# rastro is one static program by default (-static-pie: its addresses still randomised): loading
# and resolving shared libraries at every start costs more than a millisecond, a third of the
# time to the first screen, and even the C library alone a tenth of one (see `make bench` and
# ARCHITECTURE.md). The libraries it cannot link statically run in its helper programs.
# STATIC_LIBS=0 links everything dynamically (e.g. to take distribution security updates
# directly); the sanitizer build does. The test runner links the same libraries statically but
# the C library dynamically (LIBS), as Check and libvterm come as shared libraries.
STATIC_LIBS ?= $(if $(SAN),0,1)
ifeq ($(STATIC_LIBS),1)
STATIC_L := $(shell pkg-config --libs-only-l ncursesw lua5.4 sqlite3 libpng zlib)
LIBS    := -Wl,--as-needed -Wl,-Bstatic $(STATIC_L) -Wl,-Bdynamic -lm -ldl -pthread
RASTRO_LIBS := -static-pie $(STATIC_L) -lm -pthread
else
LIBS    := -Wl,--as-needed $(shell pkg-config --libs $(PKGS)) -lm -ldl -pthread
RASTRO_LIBS := $(LIBS)
endif
TESTLIBS := $(shell pkg-config --libs $(TESTPKGS)) -lutil

CORE_SRC := $(wildcard tui/core/*.c)
LUA_SRC  := $(wildcard tui/lua/*.c)
UI_SRC   := $(wildcard tui/ui/*.c)
APP_SRC  := $(filter-out tui/main.c,$(wildcard tui/*.c))
LIB_SRC  := $(CORE_SRC) $(LUA_SRC) $(UI_SRC) $(APP_SRC)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ := $(BUILD)/obj/tui/main.o
# The helper programs (tui/core/helper.h): their own sources, and the core files that carry
# requests and answers on the wire.
PDF_SRC  := $(wildcard tui/pdf/*.c)
PDF_OBJ  := $(PDF_SRC:%.c=$(BUILD)/obj/%.o)
PDF_CORE := $(addprefix $(BUILD)/obj/tui/core/,pdf.o pdf_wire.o wire.o text.o)
PDF_BIN  := $(BUILD)/rastro-pdf
CHAFA_SRC := $(wildcard tui/chafa/*.c)
CHAFA_OBJ := $(CHAFA_SRC:%.c=$(BUILD)/obj/%.o)
CHAFA_CORE := $(addprefix $(BUILD)/obj/tui/core/,wire.o text.o)
CHAFA_BIN := $(BUILD)/rastro-chafa
TEST_SRC := $(wildcard tests/check_*.c) tests/run_tests.c tests/ptyterm.c tests/testutil.c
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

LANGS    := es
MO       := $(LANGS:%=$(BUILD)/locale/%/LC_MESSAGES/rastro.mo)

.PHONY: all run check check-layers format-check test asan lint-content bench install clean pot
all: $(BUILD)/rastro $(PDF_BIN) $(CHAFA_BIN) $(MO)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/obj/tui/core/%.o: tui/core/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_CORE) -c $< -o $@

$(BUILD)/obj/tui/lua/%.o: tui/lua/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_LUA) -c $< -o $@

$(BUILD)/obj/tui/ui/%.o: tui/ui/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_UI) -c $< -o $@

$(PDF_OBJ): $(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(shell pkg-config --cflags $(PDFPKGS)) -c $< -o $@

$(PDF_BIN): $(PDF_OBJ) $(PDF_CORE)
	$(CC) $(SAN) -o $@ $^ $(shell pkg-config --libs $(PDFPKGS)) -lm

$(CHAFA_OBJ): $(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(shell pkg-config --cflags $(CHAFAPKGS)) -c $< -o $@

$(CHAFA_BIN): $(CHAFA_OBJ) $(CHAFA_CORE)
	$(CC) $(SAN) -o $@ $^ $(shell pkg-config --libs $(CHAFAPKGS)) -lm

$(BUILD)/rastro: $(LIB_OBJ) $(MAIN_OBJ)
	$(CC) $(SAN) -o $@ $^ $(RASTRO_LIBS)

$(BUILD)/run_tests: $(LIB_OBJ) $(TEST_OBJ)
	$(CC) $(SAN) -o $@ $^ $(LIBS) $(TESTLIBS)

# Runs rastro under ptrace in an end-to-end test to count its writes to the terminal (a static
# program's as well as a dynamic one's).
$(BUILD)/writetrace: tests/writetrace.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 $(WARN) -o $@ $<

$(BUILD)/locale/%/LC_MESSAGES/rastro.mo: tui/po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# Regenerates the message template from the sources (run after changing UI text).
pot:
	xgettext --from-code=UTF-8 --keyword=tr --keyword=trn:1,2 --language=C --add-comments=TRANSLATORS \
	    --package-name=rastro -o tui/po/rastro.pot $(LIB_SRC) tui/main.c
	for l in $(LANGS); do msgmerge --update --backup=none tui/po/$$l.po tui/po/rastro.pot; done

RASTRO_DB ?= $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)/rastro/rastro.db
run: all
	$(BUILD)/rastro --content content --db "$(RASTRO_DB)"

test: all $(BUILD)/run_tests $(BUILD)/writetrace
	RASTRO_BIN=$(BUILD)/rastro RASTRO_LOCALEDIR=$(BUILD)/locale $(BUILD)/run_tests

# The bundled modules; the guide's examples with --strict (all together, so that their
# requires resolve); and every lua block of the guide against the example it quotes.
lint-content: all
	$(BUILD)/rastro lint --strict content/
	$(BUILD)/rastro lint --strict content/examples/
	lua5.4 scripts/check-guide content/README.md content/examples
	scripts/make-assets --check

# The test suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	LSAN_OPTIONS="suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0$${LSAN_OPTIONS:+:$$LSAN_OPTIONS}" \
	$(MAKE) --no-print-directory BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined" WERROR=$(WERROR) test

# Includes that cross a layer (core, Lua host, UI), named with file and line.
check-layers:
	scripts/check-layers

# The sources' layout against .editorconfig: tabs, trailing whitespace, final newlines, line length.
format-check:
	scripts/format-check

check: format-check
	scripts/check-layers
	$(MAKE) --no-print-directory WERROR=1 all
	$(MAKE) --no-print-directory WERROR=1 lint-content
	$(MAKE) --no-print-directory WERROR=1 test
	ASAN_OPTIONS=detect_leaks=1 $(MAKE) --no-print-directory WERROR=1 asan

bench: all
	BUILD=$(BUILD) BENCH_OBJ="$(LIB_OBJ)" BENCH_LIBS="$(LIBS)" scripts/bench

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/rastro/content \
	    $(DESTDIR)$(PREFIX)/share/rastro/assets $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/rastro $(DESTDIR)$(PREFIX)/bin/rastro
	install -d $(DESTDIR)$(PREFIX)/lib/rastro
	install -m 755 $(PDF_BIN) $(DESTDIR)$(PREFIX)/lib/rastro/rastro-pdf
	install -m 755 $(CHAFA_BIN) $(DESTDIR)$(PREFIX)/lib/rastro/rastro-chafa
	install -m 644 content/*.lua content/*.md $(DESTDIR)$(PREFIX)/share/rastro/content/
	install -d $(DESTDIR)$(PREFIX)/share/rastro/content/examples
	install -m 644 content/examples/*.lua $(DESTDIR)$(PREFIX)/share/rastro/content/examples/
	install -d $(DESTDIR)$(PREFIX)/share/rastro/content/assessments
	if ls content/assessments/*.lua >/dev/null 2>&1; then install -m 644 content/assessments/*.lua $(DESTDIR)$(PREFIX)/share/rastro/content/assessments/; fi
	if ls assets/*.png >/dev/null 2>&1; then install -m 644 assets/*.png $(DESTDIR)$(PREFIX)/share/rastro/assets/; fi
	install -m 644 tui/rastro.1 $(DESTDIR)$(PREFIX)/share/man/man1/rastro.1
	for l in $(LANGS); do \
	    install -d $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES; \
	    install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/rastro.mo $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/; \
	done

# Pictures decoded and drawn under libFuzzer with ASan and UBSan (not part of check): the PNG
# decoder, then the converter (tui/chafa/convert.c, linked in with libchafa, without its program)
# in every mode and render_to_text. FUZZ_SECONDS long, seeded with the fixtures; new inputs go to
# $(BUILD)/fuzz/corpus, a crashing one to $(BUILD)/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_BIN     := $(BUILD)/fuzz/fuzz_picture$(if $(FUZZ_PNG_SRC),-libpng)
.PHONY: fuzz
fuzz: $(FUZZ_BIN)
	@mkdir -p $(BUILD)/fuzz/corpus
	$< -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -artifact_prefix=$(BUILD)/fuzz/ \
	    $(BUILD)/fuzz/corpus tests/fixtures/png

# FUZZ_PNG_SRC=DIR (a libpng source tree, e.g. from `apt-get source libpng1.6`) compiles libpng
# into the harness with coverage, so that the fuzzer sees inside it; by default the system's.
FUZZ_PNG_SRC ?=
ifneq ($(FUZZ_PNG_SRC),)
FUZZ_PNG := $(addprefix $(FUZZ_PNG_SRC)/,png.c pngerror.c pngget.c pngmem.c pngpread.c pngread.c \
            pngrio.c pngrtran.c pngrutil.c pngset.c pngtrans.c pngwio.c pngwrite.c pngwtran.c pngwutil.c)
FUZZ_PNG_FLAGS := -I$(BUILD)/fuzz/png -I$(FUZZ_PNG_SRC) $(FUZZ_PNG) -lz
else
FUZZ_PNG_FLAGS := $(shell pkg-config --cflags --libs libpng)
endif

FUZZ_SRC := tests/fuzz/fuzz_picture.c tui/core/picture.c tui/chafa/convert.c tui/core/render.c \
            tui/core/text.c tui/core/helper.c tui/core/wire.c
$(FUZZ_BIN): $(FUZZ_SRC) tui/core/picture.h tui/core/render.h tui/core/text.h
	@mkdir -p $(dir $@) $(BUILD)/fuzz/png
	$(if $(FUZZ_PNG_SRC),cp $(FUZZ_PNG_SRC)/scripts/pnglibconf.h.prebuilt $(BUILD)/fuzz/png/pnglibconf.h)
	$(FUZZ_CC) -std=gnu11 -g -O1 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=undefined -o $@ $(FUZZ_SRC) \
	    $(FUZZ_PNG_FLAGS) $(shell pkg-config --cflags --libs $(CHAFAPKGS)) -lm -ldl

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(PDF_OBJ:.o=.d) $(CHAFA_OBJ:.o=.d)
