"""Load brand size charts maintained by the sizing team in a spreadsheet.

The sheet is exported to CSV; measurement ranges are written as Python-style
tuples, e.g. ``(88, 92)`` for chest, so they can be pasted between sheets.
"""
import ast
import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SizeRow:
    brand: str
    label: str
    chest: tuple[float, float]
    waist: tuple[float, float]
    hip: tuple[float, float]


def _range(cell: str) -> tuple[float, float]:
    value = ast.literal_eval(cell.strip())
    if not (isinstance(value, tuple) and len(value) == 2):
        raise ValueError(f"expected (low, high), got {cell!r}")
    low, high = (float(v) for v in value)
    if low > high:
        raise ValueError(f"range is inverted: {cell!r}")
    return low, high


def load_chart(path: Path) -> dict[str, list[SizeRow]]:
    charts: dict[str, list[SizeRow]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                entry = SizeRow(
                    brand=row["brand"].strip(),
                    label=row["size"].strip(),
                    chest=_range(row["chest_cm"]),
                    waist=_range(row["waist_cm"]),
                    hip=_range(row["hip_cm"]),
                )
            except (ValueError, SyntaxError) as exc:
                raise ValueError(f"{path.name}:{lineno}: {exc}") from exc
            charts.setdefault(entry.brand, []).append(entry)
    return charts


def best_size(chart: list[SizeRow], chest_cm: float) -> str | None:
    for row in chart:
        if row.chest[0] <= chest_cm <= row.chest[1]:
            return row.label
    return None
