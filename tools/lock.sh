#!/usr/bin/env bash
# Regenerate requirements-dev.lock and requirements.lock from pyproject.toml (issue 18).
#
#   tools/lock.sh            # needs python3.11 and access to https://pypi.org
#
# Both are pip requirement files with every package pinned and hashed, for CPython 3.11 on
# Linux x86_64 (the README's set-up installs them with --require-hashes). The dev lock holds
# the runtime dependencies, every extra but ftm (see below) and the build backend (setuptools, wheel: the README
# installs hearsay itself with --no-build-isolation, so nothing unhashed is fetched); the
# runtime lock is resolved within the dev lock, so a package has one version in both.
# Run it after changing a pin in pyproject.toml: tests/unit/test_locks.py fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.8
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3.11 -m venv "$tools/venv"
"$tools/venv/bin/pip" install -q "uv==$UV_VERSION"
# the build backend, as pyproject.toml's [build-system] requires it
build=$(python3.11 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))')
compile=("$tools/venv/bin/uv" pip compile --quiet --generate-hashes --python-version 3.11
         --python-platform x86_64-unknown-linux-gnu --index-url https://pypi.org/simple
         --custom-compile-command tools/lock.sh --no-emit-index-url --no-emit-find-links)
export UV_NO_CONFIG=1  # a user's uv.toml or pip.conf index settings must not end up in the lock
# (the build requirements come on stdin, so the files name no temporary path)
# every extra but ftm: followthemoney needs PyICU, built from source against the system's ICU
# (libicu-dev), which a fresh machine with only Python 3.11 lacks; its tests install it
extras=$(python3.11 -c 'import tomllib; print(" ".join(f"--extra {e}" for e in tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"] if e != "ftm"))')
# shellcheck disable=SC2086
"${compile[@]}" pyproject.toml - $extras -o requirements-dev.lock <<< "$build"
"${compile[@]}" pyproject.toml - -c requirements-dev.lock -o requirements.lock <<< "$build"
