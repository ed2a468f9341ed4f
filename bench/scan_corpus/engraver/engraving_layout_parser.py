"""Parses layout hints the designers paste into the order notes field.

Designers write things like ``offset=(0.25, -0.1)`` or ``lines=["Go Team", "2024"]``
so the layout tool can pre-position text on a trophy plate.
"""
import ast
import re
from dataclasses import dataclass, field

_HINT = re.compile(r"^\s*(?P<key>[a-z_]+)\s*=\s*(?P<value>.+?)\s*$")
KNOWN_KEYS = {"offset", "rotation", "lines", "font_size", "align"}


@dataclass
class LayoutHints:
    offset: tuple[float, float] = (0.0, 0.0)
    rotation: float = 0.0
    lines: list[str] = field(default_factory=list)
    font_size: float | None = None
    align: str = "center"
    ignored: list[str] = field(default_factory=list)


def _literal(text: str):
    return ast.literal_eval(text)


def _coerce(key: str, value):
    if key == "offset":
        x, y = value
        return (float(x), float(y))
    if key in ("rotation", "font_size"):
        return float(value)
    if key == "lines":
        return [str(v) for v in value][:8]
    if key == "align" and value in ("left", "center", "right"):
        return value
    raise ValueError(key)


def parse_hints(notes: str) -> LayoutHints:
    hints = LayoutHints()
    for raw_line in notes.splitlines():
        m = _HINT.match(raw_line)
        if not m or m["key"] not in KNOWN_KEYS:
            continue
        try:
            setattr(hints, m["key"], _coerce(m["key"], _literal(m["value"])))
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            hints.ignored.append(raw_line.strip())
    return hints
