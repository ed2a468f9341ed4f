"""Loads the ribbon, feather and veiling trim catalogue maintained by the workshop team."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml


@dataclass
class Trim:
    code: str
    kind: str
    colour: str
    price_per_unit: Decimal
    unit: str = "metre"


class CatalogueSource:
    loader_cls = yaml.SafeLoader
    default_path = Path("/etc/milliner/trims.yaml")

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or self.default_path

    def raw(self) -> dict:
        with self.path.open("r", encoding="utf-8") as fh:
            return yaml.load(fh, Loader=self.loader_cls) or {}


class TrimCatalogue:
    def __init__(self, source: CatalogueSource) -> None:
        self._source = source
        self._trims: dict[str, Trim] = {}

    def reload(self) -> int:
        data = self._source.raw()
        trims = {}
        for kind, entries in data.get("trims", {}).items():
            for entry in entries:
                trims[entry["code"]] = Trim(
                    code=entry["code"],
                    kind=kind,
                    colour=entry["colour"],
                    price_per_unit=Decimal(str(entry["price"])),
                    unit=entry.get("unit", "metre"),
                )
        self._trims = trims
        return len(trims)

    def by_kind(self, kind: str) -> list[Trim]:
        return sorted((t for t in self._trims.values() if t.kind == kind), key=lambda t: t.code)

    def price(self, code: str, quantity: Decimal) -> Decimal:
        return (self._trims[code].price_per_unit * quantity).quantize(Decimal("0.01"))
