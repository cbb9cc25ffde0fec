"""Probes the statements tests share (rounds 25 and 26): the speakers and relaying sources of the
statements whose content holds a word."""


def speakers_of(analysis, content_word: str) -> set[str | None]:
    found = [s for s in analysis.statements if content_word in s.content]
    assert found, content_word
    return {analysis.entities.entity(s.speaker).name if s.speaker else None for s in found}


def via_of(analysis, content_word: str) -> set[str]:
    return {analysis.entities.entity(v).name for s in analysis.statements if content_word in s.content for v in s.via}
