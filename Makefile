# The two commands of the README: `make site` and `make test`.
# Both install what a fresh Debian machine lacks (libcmark-dev, libxml2-dev,
# libpoppler-glib-dev) first.
# `make browser-test` checks the built site in headless Chromium (Tests/Browser/);
# `make test` runs it too when Chromium, chromedriver and Java are installed,
# or always with `make test BROWSER=1` (which installs them, as .ci/run does).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps check benchmark browser-deps browser-test

deps:
	@missing=""; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists poppler-glib 2>/dev/null || missing="$$missing libpoppler-glib-dev"; \
	if [ -n "$$missing" ]; then \
		echo "正在安装$$missing（Markdown 渲染、网页和 PDF 读取所需）…"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config $$missing; \
	fi

# Builds the site from Content/ into Public/ (open Public/index.html in a browser).
site: deps
	$(SWIFT) build -c release --product nianbao
	.build/release/nianbao build --content Content --output Public

check: deps
	$(SWIFT) build -c release --product nianbao
	.build/release/nianbao check --content Content

BROWSER ?= auto
BROWSER_SITE := .build/browser-site
BROWSER_TOOLS_PRESENT := command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v java >/dev/null && /usr/bin/python3 -c 'import selenium' 2>/dev/null

test: deps
	$(SWIFT) test
	@if [ "$(BROWSER)" = 1 ] || { [ "$(BROWSER)" = auto ] && $(BROWSER_TOOLS_PRESENT); }; then \
		$(MAKE) --no-print-directory browser-test; \
	else \
		echo "浏览器测试已跳过（需要 chromium、chromedriver、java 和 python3-selenium；make browser-test 会自动安装）"; \
	fi

# Chromium, chromedriver, Selenium, Java, poppler-utils, CJK fonts; axe.min.js and vnu.jar from PyPI into .build/browser-tools/.
browser-deps:
	Tests/Browser/setup.sh

# Builds the site from Content/ into .build/browser-site/ and checks it in headless Chromium.
# Screenshots and PDFs go to .build/browser-out/.
browser-test: deps browser-deps
	$(SWIFT) build -c release --product nianbao
	rm -rf $(BROWSER_SITE)
	.build/release/nianbao build --content Content --output $(BROWSER_SITE) --no-cache > .build/browser-site.log
	/usr/bin/python3 Tests/Browser/browser_test.py --site $(BROWSER_SITE) --tools .build/browser-tools --out .build/browser-out

benchmark: deps
	Benchmarks/parse-scaling.sh
