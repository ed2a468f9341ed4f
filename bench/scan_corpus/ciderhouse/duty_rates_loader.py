"""Loads alcohol duty rate bands for cider and perry from the finance team's YAML file."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml


@dataclass(frozen=True)
class RateBand:
    name: str
    abv_from: Decimal
    abv_to: Decimal
    pence_per_litre_alcohol: Decimal
    small_producer_relief: bool


class DutyRateTable:
    def __init__(self, effective_from: date, bands: list[RateBand]) -> None:
        self.effective_from = effective_from
        self.bands = sorted(bands, key=lambda b: b.abv_from)

    @classmethod
    def from_file(cls, path: Path) -> "DutyRateTable":
        with path.open("r", encoding="utf-8") as fh:
            document = yaml.safe_load(fh) or {}
        return cls.from_mapping(document)

    @classmethod
    def from_mapping(cls, document: dict) -> "DutyRateTable":
        bands = [
            RateBand(
                name=str(b["name"]),
                abv_from=Decimal(str(b["abv_from"])),
                abv_to=Decimal(str(b["abv_to"])),
                pence_per_litre_alcohol=Decimal(str(b["rate"])),
                small_producer_relief=bool(b.get("spr", False)),
            )
            for b in document.get("bands", [])
        ]
        return cls(date.fromisoformat(str(document["effective_from"])), bands)

    def band_for(self, abv: Decimal) -> RateBand:
        for band in self.bands:
            if band.abv_from <= abv < band.abv_to:
                return band
        raise LookupError(f"no duty band covers {abv}% ABV")

    def duty_pence(self, abv: Decimal, litres: Decimal) -> Decimal:
        band = self.band_for(abv)
        alcohol_litres = litres * abv / 100
        return (alcohol_litres * band.pence_per_litre_alcohol).quantize(Decimal("1"))
