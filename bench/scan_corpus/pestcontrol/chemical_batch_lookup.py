"""Matches chemical usage entries against the product register and recalled batches."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Optional


@dataclass(frozen=True)
class Product:
    epa_reg_no: str
    trade_name: str
    active_ingredient: str
    restricted_use: bool


@dataclass(frozen=True)
class UsageEntry:
    job_id: int
    epa_reg_no: str
    batch_no: str
    quantity_ml: Decimal


class ProductRegister:
    def __init__(self, products: Iterable[Product], recalled_batches: Iterable[str]):
        self._products = list(products)
        self._recalled = [b.strip().upper() for b in recalled_batches]

    @classmethod
    def from_csv(cls, products_csv: Path, recalls_csv: Path) -> "ProductRegister":
        with products_csv.open(newline="", encoding="utf-8") as fh:
            products = [
                Product(r["epa_reg_no"], r["trade_name"], r["active_ingredient"],
                        r["restricted_use"].lower() == "yes")
                for r in csv.DictReader(fh)
            ]
        with recalls_csv.open(newline="", encoding="utf-8") as fh:
            recalled = [r["batch_no"] for r in csv.DictReader(fh)]
        return cls(products, recalled)

    def find(self, epa_reg_no: str) -> Optional[Product]:
        for product in self._products:
            if product.epa_reg_no == epa_reg_no.strip():
                return product
        return None

    def is_recalled(self, batch_no: str) -> bool:
        return any(batch == batch_no.strip().upper() for batch in self._recalled)


def review_usage(register: ProductRegister, entries: Iterable[UsageEntry]) -> list[str]:
    problems = []
    for entry in entries:
        product = register.find(entry.epa_reg_no)
        if product is None:
            problems.append(f"job {entry.job_id}: unknown product {entry.epa_reg_no}")
            continue
        if register.is_recalled(entry.batch_no):
            problems.append(f"job {entry.job_id}: batch {entry.batch_no} of "
                            f"{product.trade_name} is recalled")
        if product.restricted_use and entry.quantity_ml > Decimal("500"):
            problems.append(f"job {entry.job_id}: restricted-use volume over limit")
    return problems
