"""Imports tar archives of offline sales exported by the market-stall tablets."""
from __future__ import annotations

import csv
import logging
import tarfile
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

log = logging.getLogger("stall.archives")


@dataclass
class StallSale:
    stall: str
    sold_at: str
    sku: str
    grams: int
    price: Decimal
    tender: str


def extract_archive(archive: Path, workdir: Path) -> list[Path]:
    """Unpack a tablet export, keeping only regular files inside workdir."""
    with tarfile.open(archive, mode="r:gz") as tf:
        tf.extractall(path=workdir, filter="data")
    return sorted(p for p in workdir.rglob("*.csv") if p.is_file())


def read_sales(csv_path: Path, stall: str) -> list[StallSale]:
    sales = []
    with csv_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            sales.append(
                StallSale(
                    stall=stall,
                    sold_at=row["timestamp"],
                    sku=row["sku"],
                    grams=int(row["grams"]),
                    price=Decimal(row["price"]),
                    tender=row.get("tender", "card"),
                )
            )
    return sales


def import_export(archive: Path) -> list[StallSale]:
    stall = archive.name.split("_", 1)[0]
    with tempfile.TemporaryDirectory(prefix="stall-import-") as tmp:
        try:
            files = extract_archive(archive, Path(tmp))
        except tarfile.TarError as exc:
            log.error("could not read %s: %s", archive.name, exc)
            return []
        sales: list[StallSale] = []
        for path in files:
            sales.extend(read_sales(path, stall))
    log.info("%s: %d sales imported from %s", stall, len(sales), archive.name)
    return sales


def totals_by_tender(sales: list[StallSale]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for s in sales:
        out[s.tender] = out.get(s.tender, Decimal("0")) + s.price
    return out
