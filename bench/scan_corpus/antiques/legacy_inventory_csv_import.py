"""Imports stock records exported from the shop's old desktop inventory program."""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator


@dataclass
class StockItem:
    stock_code: str
    description: str
    period: str
    dimensions_cm: tuple[float, ...]
    cost_price: Decimal
    tags: list[str]


class LegacyColumns:
    code = "StockNo"
    description = "Desc"
    period = "Period"
    dimensions = "Dims"
    cost = "Cost"
    tags = "Keywords"


def parse_literal(cell: str, expected: type) -> object:
    """The old program wrote tuples and lists as Python literals, e.g. (45.0, 30.5, 12.0)."""
    value = ast.literal_eval(cell.strip()) if cell.strip() else expected()
    if not isinstance(value, expected):
        raise ValueError(f"expected {expected.__name__}, got {type(value).__name__}")
    return value


def parse_row(row: dict[str, str], cols: type[LegacyColumns] = LegacyColumns) -> StockItem:
    try:
        cost = Decimal(row[cols.cost].replace(",", "") or "0")
    except InvalidOperation as exc:
        raise ValueError(f"bad cost for {row.get(cols.code)}") from exc
    dims = parse_literal(row[cols.dimensions], tuple)
    return StockItem(
        stock_code=row[cols.code].strip(),
        description=row[cols.description].strip(),
        period=row[cols.period].strip(),
        dimensions_cm=tuple(float(d) for d in dims),
        cost_price=cost,
        tags=[str(t) for t in parse_literal(row[cols.tags], list)],
    )


def read_export(path: Path) -> Iterator[StockItem]:
    with path.open(newline="", encoding="cp1252") as handle:
        for row in csv.DictReader(handle):
            yield parse_row(row)
