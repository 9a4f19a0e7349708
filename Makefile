# The README's two commands. Both run the idempotent dependency set-up first (a no-op when all is there).
BUILD ?= build
.PHONY: all deps build run test bench screenshots format clean

all: build

deps:
	@./installer/deps-debian.sh

build: deps
	@test -f $(BUILD)/build.ninja || cmake --preset default
	@cmake --build $(BUILD) --parallel

run: build
	./$(BUILD)/app/sinergi

test: build
	cd $(BUILD) && ctest --output-on-failure --parallel 2

bench: build
	./tools/bench/run.sh $(BUILD)

screenshots: build
	./tools/screenshots.sh $(BUILD)

format:
	@cmake --build $(BUILD) --target format

clean:
	rm -rf $(BUILD)
