"""Loads per-clinic opening hours and chair configuration from YAML.

Regional managers edit these files through the admin upload page.
"""
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

import yaml


@dataclass
class ChairConfig:
    name: str
    supports_xray: bool = False
    supports_sedation: bool = False


@dataclass
class ClinicConfig:
    code: str
    timezone: str = "Europe/London"
    opening: dict[str, tuple[time, time]] = field(default_factory=dict)
    chairs: list[ChairConfig] = field(default_factory=list)


class ClinicConfigLoader:
    def __init__(self, config_dir: Path):
        self.config_dir = config_dir

    @staticmethod
    def _parse_hours(raw: dict) -> dict[str, tuple[time, time]]:
        hours = {}
        for day, span in raw.items():
            start, end = str(span).split("-")
            hours[str(day).lower()] = (time.fromisoformat(start.strip()), time.fromisoformat(end.strip()))
        return hours

    def load_text(self, text: str) -> ClinicConfig:
        raw = yaml.load(text, Loader=yaml.SafeLoader) or {}
        return ClinicConfig(
            code=str(raw["code"]),
            timezone=raw.get("timezone", "Europe/London"),
            opening=self._parse_hours(raw.get("opening", {})),
            chairs=[
                ChairConfig(
                    name=str(c["name"]),
                    supports_xray=bool(c.get("supports_xray", False)),
                    supports_sedation=bool(c.get("supports_sedation", False)),
                )
                for c in raw.get("chairs", [])
            ],
        )

    def load_all(self) -> list[ClinicConfig]:
        return [self.load_text(p.read_text(encoding="utf-8")) for p in sorted(self.config_dir.glob("*.yaml"))]
