"""Imports per-garment price bands that branch managers paste from the pricing spreadsheet."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PriceBand:
    garment_type: str
    service: str
    bands: tuple[tuple[int, Decimal], ...]  # (min_pieces, unit_price)

    def unit_price(self, pieces: int) -> Decimal:
        price = self.bands[0][1]
        for min_pieces, band_price in self.bands:
            if pieces >= min_pieces:
                price = band_price
        return price


class PriceBandParseError(ValueError):
    pass


def parse_band_literal(cell: str) -> tuple[tuple[int, Decimal], ...]:
    """Cells look like ``[(1, 8.50), (5, 7.25), (20, 6.00)]``."""
    try:
        value = ast.literal_eval(cell.strip())
    except (ValueError, SyntaxError) as exc:
        raise PriceBandParseError(f"cannot read bands from {cell!r}") from exc
    if not isinstance(value, (list, tuple)) or not value:
        raise PriceBandParseError("bands must be a non-empty list")
    bands = []
    for item in value:
        if not (isinstance(item, (list, tuple)) and len(item) == 2):
            raise PriceBandParseError(f"unreadable band entry {item!r}")
        bands.append((int(item[0]), Decimal(str(item[1]))))
    return tuple(sorted(bands))


def import_rows(rows: list[dict[str, str]]) -> list[PriceBand]:
    return [
        PriceBand(
            garment_type=row["garment_type"].strip().lower(),
            service=row["service"].strip().upper(),
            bands=parse_band_literal(row["bands"]),
        )
        for row in rows
    ]
