"""Imports lighting cue sheets exported by the lighting designer as CSV."""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class LightingCue:
    number: str
    label: str
    fade_seconds: float
    channels: dict[int, int] = field(default_factory=dict)
    follow: float | None = None


class CueValueParser:
    """Cells hold Python-style literals such as {12: 80, 13: 65} or (3.5, 2.0)."""

    @staticmethod
    def literal(cell: str) -> Any:
        cell = cell.strip()
        if not cell:
            return None
        return ast.literal_eval(cell)

    @classmethod
    def channels(cls, cell: str) -> dict[int, int]:
        value = cls.literal(cell) or {}
        if not isinstance(value, dict):
            raise ValueError("channels must be a mapping")
        return {int(ch): max(0, min(100, int(level))) for ch, level in value.items()}


class CueSheetImporter:
    def __init__(self, parser: type[CueValueParser] = CueValueParser) -> None:
        self.parser = parser

    def _row_to_cue(self, row: dict[str, str]) -> LightingCue:
        follow = self.parser.literal(row.get("follow", ""))
        return LightingCue(
            number=row["cue"],
            label=row.get("label", ""),
            fade_seconds=float(row.get("fade", "0") or 0),
            channels=self.parser.channels(row.get("channels", "")),
            follow=float(follow) if follow is not None else None,
        )

    def load(self, path: Path) -> list[LightingCue]:
        with path.open(newline="", encoding="utf-8") as handle:
            return [self._row_to_cue(row) for row in csv.DictReader(handle)]
