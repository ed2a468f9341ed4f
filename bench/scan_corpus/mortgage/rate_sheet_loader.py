"""Loads investor rate sheets exported from the secondary-marketing workbook.

Some cells hold tuples or lists in Python literal form, e.g. the FICO band
``(680, 699)`` or the eligible terms ``[360, 240, 180]``.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook


@dataclass(frozen=True)
class PriceRow:
    product: str
    rate: Decimal
    price_15d: Decimal
    price_30d: Decimal
    price_45d: Decimal
    fico_band: tuple[int, int]
    terms: tuple[int, ...]


def _literal(cell_value, expected_type):
    value = ast.literal_eval(str(cell_value))
    if not isinstance(value, expected_type):
        raise ValueError(f"unexpected literal in rate sheet cell: {value!r}")
    return value


def load_rate_sheet(path: Path, sheet: str = "Pricing") -> list[PriceRow]:
    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb[sheet]
    rows = []
    for product, rate, p15, p30, p45, fico, terms in ws.iter_rows(min_row=2, values_only=True):
        if not product:
            continue
        band = _literal(fico, tuple)
        rows.append(
            PriceRow(
                product=str(product).strip(),
                rate=Decimal(str(rate)),
                price_15d=Decimal(str(p15)),
                price_30d=Decimal(str(p30)),
                price_45d=Decimal(str(p45)),
                fico_band=(int(band[0]), int(band[1])),
                terms=tuple(int(t) for t in _literal(terms, (list, tuple))),
            )
        )
    wb.close()
    return rows
