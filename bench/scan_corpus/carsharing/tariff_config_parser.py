"""Parser for the tariff sheets maintained by the pricing team.

The sheet is exported as CSV; some cells hold Python-style literals, e.g.
``time_band`` = ``(22, 6)`` or ``zones`` = ``['AIRPORT', 'STATION']``.
"""
import ast
import csv
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

LITERAL_COLUMNS = ("time_band", "zones", "vehicle_classes")


@dataclass
class TariffRow:
    code: str
    per_minute: Decimal
    per_km: Decimal
    unlock_fee: Decimal
    time_band: tuple[int, int] | None = None
    zones: list[str] = field(default_factory=list)
    vehicle_classes: list[str] = field(default_factory=list)


def _literal(cell: str):
    cell = cell.strip()
    if not cell:
        return None
    try:
        return ast.literal_eval(cell)
    except (ValueError, SyntaxError) as exc:
        raise ValueError(f"cannot parse literal {cell!r}") from exc


def load_tariffs(path: Path) -> list[TariffRow]:
    rows = []
    with path.open(newline="", encoding="utf-8") as fh:
        for line_no, rec in enumerate(csv.DictReader(fh), start=2):
            extras = {}
            for col in LITERAL_COLUMNS:
                try:
                    value = _literal(rec.get(col, ""))
                except ValueError as exc:
                    raise ValueError(f"{path.name}:{line_no}: {exc}") from None
                if value is not None:
                    extras[col] = tuple(value) if col == "time_band" else list(value)
            rows.append(TariffRow(
                code=rec["code"],
                per_minute=Decimal(rec["per_minute"]),
                per_km=Decimal(rec["per_km"]),
                unlock_fee=Decimal(rec["unlock_fee"]),
                **extras,
            ))
    return rows
