# The two commands of the README: `make site` and `make test`.
# Both install what a fresh Debian machine lacks (libcmark-dev) first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps check benchmark

deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "正在安装 libcmark-dev（Markdown 渲染所需）…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; \
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
