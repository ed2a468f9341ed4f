"""Loads competition definitions uploaded by the competition secretary as YAML files."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

FORMATS = {"stableford", "medal", "par", "greensomes", "fourball"}


@dataclass
class CompetitionDefinition:
    name: str
    play_date: date
    format: str
    allowance_pct: int = 95
    tees: str = "yellow"
    divisions: list[str] = field(default_factory=lambda: ["men", "ladies"])
    entry_fee_pence: int = 0


class DefinitionError(ValueError):
    pass


class CompetitionConfigLoader:
    reader = staticmethod(yaml.safe_load)

    def parse(self, text: str) -> list[CompetitionDefinition]:
        document = self.reader(text) or {}
        items = document.get("competitions", [])
        return [self._build(item) for item in items]

    def load_file(self, path: Path) -> list[CompetitionDefinition]:
        return self.parse(path.read_text(encoding="utf-8"))

    @staticmethod
    def _build(item: dict) -> CompetitionDefinition:
        fmt = str(item.get("format", "")).lower()
        if fmt not in FORMATS:
            raise DefinitionError(f"unsupported format {fmt!r}")
        allowance = int(item.get("allowance_pct", 95))
        if not 0 < allowance <= 100:
            raise DefinitionError("allowance must be between 1 and 100 percent")
        play_date = item["play_date"]
        if not isinstance(play_date, date):
            play_date = date.fromisoformat(str(play_date))
        return CompetitionDefinition(
            name=str(item["name"]),
            play_date=play_date,
            format=fmt,
            allowance_pct=allowance,
            tees=str(item.get("tees", "yellow")),
            divisions=[str(d) for d in item.get("divisions", ["men", "ladies"])],
            entry_fee_pence=int(item.get("entry_fee_pence", 0)),
        )
