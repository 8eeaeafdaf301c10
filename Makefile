# The two commands of the README: `make site` and `make test`.
# Both install what a fresh Debian machine lacks (libcmark-dev, libxml2-dev,
# libpoppler-glib-dev) first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps check benchmark

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

test: deps
	$(SWIFT) test

benchmark: deps
	Benchmarks/parse-scaling.sh
