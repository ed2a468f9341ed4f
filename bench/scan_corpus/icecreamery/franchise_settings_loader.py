"""Loads per-franchise configuration files uploaded through the franchise portal."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class OpeningHours:
    weekday: str = "11:00-21:00"
    weekend: str = "10:00-22:00"


@dataclass
class FranchiseConfig:
    franchise_id: str
    parlours: list[str]
    hours: OpeningHours = field(default_factory=OpeningHours)
    delivery_partners: list[str] = field(default_factory=list)
    cake_lead_days: int = 3


class ConfigLoader:
    loader_fn = staticmethod(yaml.safe_load)
    max_bytes = 64 * 1024

    def parse(self, text: str) -> dict[str, Any]:
        if len(text.encode()) > self.max_bytes:
            raise ValueError("config too large")
        data = self.loader_fn(text) or {}
        if not isinstance(data, dict):
            raise ValueError("config root must be a mapping")
        return data

    def build(self, data: dict[str, Any]) -> FranchiseConfig:
        hours = data.get("hours") or {}
        return FranchiseConfig(
            franchise_id=str(data["franchise_id"]),
            parlours=[str(p) for p in data.get("parlours", [])],
            hours=OpeningHours(**{k: str(v) for k, v in hours.items() if k in ("weekday", "weekend")}),
            delivery_partners=[str(p) for p in data.get("delivery_partners", [])],
            cake_lead_days=int(data.get("cake_lead_days", 3)),
        )

    def load_file(self, path: Path) -> FranchiseConfig:
        return self.build(self.parse(path.read_text(encoding="utf-8")))
