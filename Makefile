# Plenary — the two commands of the README's quick start:
#   make run    install what is missing, configure, build, start the app
#   make test   the same set-up, then every test (UI tests under Xvfb)
# Other targets: make build, make deps, make bench, make pot, make clean.

BUILDDIR ?= build
# The benchmarks' figures are those of a release build.
BENCHDIR ?= build-release
MESON ?= meson

# Debian 12 packages needed to build and run.
DEB_PACKAGES = \
	meson ninja-build pkg-config gcc gettext itstool \
	libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev \
	libjson-glib-dev libcairo2-dev libpango1.0-dev libgsf-1-dev libical-dev \
	libpoppler-glib-dev libsoup-3.0-dev desktop-file-utils appstream hicolor-icon-theme \
	adwaita-icon-theme fonts-noto-core fonts-noto-cjk fonts-dejavu-core

# Additionally needed by the test suite: a virtual display and session bus,
# the document checkers, and the locales the translation tests switch to.
DEB_TEST_PACKAGES = \
	xvfb xauth dbus dbus-x11 at-spi2-core poppler-utils libxml2-utils unzip \
	locales libreoffice-writer-nogui python3 python3-pyatspi \
	apache2 gvfs-backends gvfs-daemons

TEST_LOCALES = ar_EG fr_FR es_ES ru_RU zh_CN

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all run test build deps test-deps locales bench pot clean

all: build

deps:
	@sh tools/install-deps.sh $(DEB_PACKAGES)

test-deps: deps
	@sh tools/install-deps.sh $(DEB_TEST_PACKAGES)
	@$(MAKE) --no-print-directory locales

locales:
	@for l in $(TEST_LOCALES); do \
	  if ! locale -a 2>/dev/null | grep -qi "^$$l\.utf-\?8$$"; then \
	    echo "Generating locale $$l.UTF-8"; \
	    $(SUDO) localedef -i $$l -f UTF-8 $$l.UTF-8 || exit 1; \
	  fi; \
	done

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)

run: build
	./$(BUILDDIR)/src/plenary

test: test-deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)
	@status=0; \
	GSK_RENDERER=cairo NO_AT_BRIDGE=1 dbus-run-session -- \
	  xvfb-run -a -s "-screen 0 1280x800x24" \
	  $(MESON) test -C $(BUILDDIR) --print-errorlogs --no-rebuild $(TESTARGS) || status=$$?; \
	python3 tools/test-summary.py $(BUILDDIR)/meson-logs/testlog.json; \
	exit $$status

$(BENCHDIR)/build.ninja:
	$(MESON) setup --buildtype=release $(BENCHDIR)

# Every benchmark; the last, bench-scale, prints the table of start-up and
# scale figures against their goals.
bench: test-deps $(BENCHDIR)/build.ninja
	$(MESON) compile -C $(BENCHDIR)
	GSK_RENDERER=cairo NO_AT_BRIDGE=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
	  $(MESON) test -C $(BENCHDIR) --benchmark --verbose

pot: $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR) plenary-pot

clean:
	rm -rf $(BUILDDIR) $(BENCHDIR)
