"""Loads lighting and sound cue overrides typed by the show caller.

The stage manager edits a plain ``key = value`` sheet per venue; values
are Python literals (numbers, strings, tuples for RGB, lists of cues).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KNOWN_KEYS = {
    "house_fade_seconds": (int, float),
    "haze_level": (int,),
    "wash_rgb": (tuple,),
    "skip_cues": (list,),
    "announcement_lang": (str,),
    "clearance_metres": (int, float),
}


@dataclass
class CueOverrides:
    venue: str
    values: dict[str, Any] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)


def _parse_value(raw: str) -> Any:
    return ast.literal_eval(raw.strip())


def load_overrides(venue: str, sheet: Path) -> CueOverrides:
    result = CueOverrides(venue=venue)
    for lineno, line in enumerate(sheet.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, raw = line.partition("=")
        key = key.strip()
        if not sep or key not in KNOWN_KEYS:
            result.rejected.append(f"line {lineno}: unknown setting {key!r}")
            continue
        try:
            value = _parse_value(raw)
        except (ValueError, SyntaxError):
            result.rejected.append(f"line {lineno}: cannot read value for {key}")
            continue
        if not isinstance(value, KNOWN_KEYS[key]):
            result.rejected.append(f"line {lineno}: wrong type for {key}")
            continue
        result.values[key] = value
    return result
