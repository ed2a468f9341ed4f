"""Loads the courier rate cards that price crate shipping at checkout."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class RateBand:
    max_weight_kg: float
    price: Decimal


@dataclass(frozen=True)
class RateCard:
    courier: str
    zone: str
    bands: tuple[RateBand, ...]
    fragile_surcharge: Decimal

    def price_for(self, weight_kg: float, fragile: bool) -> Decimal:
        for band in self.bands:
            if weight_kg <= band.max_weight_kg:
                return band.price + (self.fragile_surcharge if fragile else Decimal("0"))
        raise ValueError(f"{weight_kg}kg exceeds {self.courier} limits for zone {self.zone}")


class RateCardLoader:
    reader = staticmethod(yaml.safe_load)

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _card(self, courier: str, zone: str, spec: dict[str, Any]) -> RateCard:
        bands = tuple(
            RateBand(float(b["max_kg"]), Decimal(str(b["price"])))
            for b in sorted(spec["bands"], key=lambda b: b["max_kg"])
        )
        return RateCard(courier, zone, bands, Decimal(str(spec.get("fragile_surcharge", 0))))

    def load(self) -> dict[tuple[str, str], RateCard]:
        cards: dict[tuple[str, str], RateCard] = {}
        for path in sorted(self.directory.glob("*.yaml")):
            document = self.reader(path.read_text(encoding="utf-8")) or {}
            courier = document["courier"]
            for zone, spec in document.get("zones", {}).items():
                cards[(courier, zone)] = self._card(courier, zone, spec)
        return cards
