"""Loads per-store workshop configuration (opening hours, bays, labour rates) from YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass
class LabourRate:
    code: str
    description: str
    per_hour: Decimal


@dataclass
class StoreConfig:
    code: str
    name: str
    opens: time
    closes: time
    service_bays: int
    ebike_certified: bool
    rates: List[LabourRate] = field(default_factory=list)


class ConfigSource:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def raw(self, store_code: str) -> Dict:
        with (self.folder / f"{store_code.lower()}.yaml").open(encoding="utf-8") as fh:
            return yaml.safe_load(fh) or {}


def _clock(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


class StoreConfigLoader:
    def __init__(self, source: ConfigSource) -> None:
        self.source = source

    def load(self, store_code: str) -> StoreConfig:
        data = self.source.raw(store_code)
        return StoreConfig(
            code=store_code.upper(),
            name=data["name"],
            opens=_clock(str(data["hours"]["open"])),
            closes=_clock(str(data["hours"]["close"])),
            service_bays=int(data.get("service_bays", 2)),
            ebike_certified=bool(data.get("ebike_certified", False)),
            rates=[
                LabourRate(r["code"], r["description"], Decimal(str(r["per_hour"])))
                for r in data.get("labour_rates", [])
            ],
        )
