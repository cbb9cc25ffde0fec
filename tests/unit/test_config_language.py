"""A language without a pipeline is refused, never analysed with English rules (issues 11, 18)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from hearsay.cli.main import cli
from hearsay.config import load_settings
from hearsay.errors import ConfigError


@pytest.mark.parametrize("value", ["en", "EN", " en "])
def test_config_language_english_is_accepted(value: str) -> None:
    assert load_settings(environ={"HEARSAY_LANGUAGE": value}).language == "en"


@pytest.mark.parametrize("value", ["de", "it", "xx"])
def test_config_language_without_pipeline_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="has no pipeline"):
        load_settings(environ={"HEARSAY_LANGUAGE": value})


def test_config_language_refused_by_the_cli_in_one_line(tmp_path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Anna said it rained.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(page), "--no-store"], env={"HEARSAY_LANGUAGE": "de"})
    assert result.exit_code != 0
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "has no pipeline" in lines[0] and "Traceback" not in result.output
