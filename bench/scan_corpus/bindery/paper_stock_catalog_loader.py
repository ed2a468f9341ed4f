"""Loads the paper stock catalogue that prepress uses to pick caliper and grain."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml


@dataclass(frozen=True)
class PaperStock:
    code: str
    name: str
    gsm: int
    caliper_mm: float
    grain: str
    finish: str
    supplier: str


REQUIRED_KEYS = {"code", "name", "gsm", "caliper_mm", "grain", "finish", "supplier"}


class CatalogError(ValueError):
    pass


def _validate(entry: dict, source: Path) -> PaperStock:
    missing = REQUIRED_KEYS - entry.keys()
    if missing:
        raise CatalogError(f"{source}: stock {entry.get('code', '?')} missing {sorted(missing)}")
    if entry["grain"] not in {"long", "short"}:
        raise CatalogError(f"{source}: stock {entry['code']} has grain {entry['grain']!r}")
    return PaperStock(**{k: entry[k] for k in REQUIRED_KEYS})


def load_catalog(paths: Iterable[Path]) -> dict[str, PaperStock]:
    catalog: dict[str, PaperStock] = {}
    for path in paths:
        with path.open("r", encoding="utf-8") as fh:
            document = yaml.safe_load(fh) or {}
        for entry in document.get("stocks", []):
            stock = _validate(entry, path)
            catalog[stock.code] = stock
    return catalog


def spine_width_mm(stock: PaperStock, page_count: int, cover_allowance_mm: float = 0.5) -> float:
    leaves = page_count / 2
    return round(leaves * stock.caliper_mm + cover_allowance_mm, 2)


if __name__ == "__main__":
    import sys

    cat = load_catalog(Path(p) for p in sys.argv[1:])
    for code, stock in sorted(cat.items()):
        print(f"{code:12} {stock.gsm:4d}gsm {stock.caliper_mm:.3f}mm {stock.name}")
