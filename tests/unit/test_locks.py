"""The hashed lock files agree with pyproject.toml's pins, and the README's set-up uses them (issue 18).

After changing a pin in pyproject.toml, run tools/lock.sh: these tests fail until the locks follow.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503


def _lock(filename: str) -> dict[str, tuple[str, list[str]]]:
    """Return {package: (version, hashes)} from a pip requirements file written by uv."""
    out: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in (ROOT / filename).read_text(encoding="utf-8").splitlines():
        pin = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
        if pin:
            current = _name(pin.group(1))
            assert current not in out, f"{filename}: {current} twice"
            out[current] = (pin.group(2), [])
        elif line.strip().startswith("--hash=") and current is not None:
            out[current][1].append(line.strip().removeprefix("--hash=").rstrip(" \\"))
        elif line and not line.startswith((" ", "#")):
            pytest.fail(f"{filename}: unexpected line {line!r}")
    return out


RUNTIME = _lock("requirements.lock")
DEV = _lock("requirements-dev.lock")


def _pins(requirements: list[str]) -> dict[str, str]:
    pins = {}
    for text in requirements:
        req = Requirement(text)
        spec = [s for s in req.specifier if s.operator == "=="]
        assert len(spec) == 1, f"pyproject.toml: {text!r} is not pinned exactly"
        pins[_name(req.name)] = spec[0].version
    return pins


@pytest.mark.parametrize("lock_name, lock, groups", [
    ("requirements.lock", RUNTIME, ["dependencies"]),
    # the ftm extra is left out of the locks: PyICU builds from source against the system's
    # ICU (tools/lock.sh); tests/cli/test_cli_ftm.py installs it by its pin
    ("requirements-dev.lock", DEV, ["dependencies", *sorted(set(PYPROJECT["project"]["optional-dependencies"]) - {"ftm"})]),
])
def test_locks_hold_every_pyproject_pin_at_its_version(lock_name, lock, groups) -> None:
    project = PYPROJECT["project"]
    for group in groups:
        wanted = _pins(project["dependencies"] if group == "dependencies" else project["optional-dependencies"][group])
        for name, version in wanted.items():
            assert name in lock, f"{name} ({group}) is not in {lock_name}: run tools/lock.sh"
            assert lock[name][0] == version, f"{name}: pyproject.toml pins {version}, {lock_name} {lock[name][0]}: run tools/lock.sh"


def test_locks_hash_every_package_and_agree_with_each_other() -> None:
    for lock in (RUNTIME, DEV):
        assert all(hashes and all(h.startswith("sha256:") for h in hashes) for _, hashes in lock.values())
    assert {name: v for name, (v, _) in RUNTIME.items()} == {name: DEV[name][0] for name in RUNTIME}
    assert set(RUNTIME) < set(DEV)


def test_locks_hold_the_spacy_pipeline_and_the_build_backend() -> None:
    from hearsay.config import DEFAULT_MODEL

    assert _name(DEFAULT_MODEL) in RUNTIME  # the English pipeline is a pinned, hashed package
    for text in PYPROJECT["build-system"]["requires"]:  # installed with --no-build-isolation: must be locked
        req = Requirement(text)
        for lock in (RUNTIME, DEV):
            assert req.specifier.contains(lock[_name(req.name)][0])


def _setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_locks_readme_setup_is_two_one_line_commands_installing_the_locks() -> None:
    run, test = _setup_commands()
    for command, lock in ((run, "requirements.lock"), (test, "requirements-dev.lock")):
        assert "\n" not in command
        assert command.startswith("python3.11 -m venv .venv && .venv/bin/pip install ")
        assert f"--no-deps --require-hashes -r {lock} && " in command
        assert ".venv/bin/pip install -q --no-deps --no-build-isolation -e . && " in command


def test_locks_ci_runs_exactly_the_readme_test_command() -> None:
    lines = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[-1] == _setup_commands()[1]


@pytest.mark.parametrize("lock", [RUNTIME, DEV], ids=["runtime", "dev"])
def test_locks_are_complete_for_what_is_installed_here(lock) -> None:
    """The set-up installs with --no-deps, so each locked package's own requirements (and those
    of the extras it asks of another package) must be locked too."""
    from importlib import metadata

    from packaging.markers import default_environment

    def needs(name: str, extra: str) -> list[Requirement]:
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:  # not installed here: nothing to read
            return []
        env = {**default_environment(), "extra": extra}
        reqs = [Requirement(t) for t in requires]
        return [r for r in reqs if (r.marker is None or r.marker.evaluate(env))
                and (extra == "" or (r.marker is not None and "extra" in str(r.marker)))]

    missing = []
    todo = [(name, "") for name in lock]
    seen = set(todo)
    while todo:
        name, extra = todo.pop()
        for req in needs(name, extra):
            if _name(req.name) not in lock:
                missing.append(f"{name}{'[' + extra + ']' if extra else ''} needs {req}")
            for wanted in req.extras:
                if (_name(req.name), wanted) not in seen:
                    seen.add((_name(req.name), wanted))
                    todo.append((_name(req.name), wanted))
    assert missing == []
