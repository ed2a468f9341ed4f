"""Normalise free-form attribute columns from marketplace seller CSV uploads.

Sellers export from many different tools; list-valued columns such as colours
or sizes arrive either comma separated or as Python/JSON style literals like
``['Red', 'Navy']``.
"""
import ast
import csv
import json
from typing import Iterable, Iterator

LIST_COLUMNS = ("colors", "sizes", "materials", "tags")


def parse_list_value(raw: str) -> list[str]:
    raw = (raw or "").strip()
    if not raw:
        return []
    if raw[0] in "[(":
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            try:
                value = ast.literal_eval(raw)
            except (ValueError, SyntaxError):
                value = None
        if isinstance(value, (list, tuple)):
            return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in raw.split(",") if part.strip()]


def normalise_rows(lines: Iterable[str]) -> Iterator[dict]:
    for row in csv.DictReader(lines):
        for column in LIST_COLUMNS:
            if column in row:
                row[column] = parse_list_value(row[column])
        row["price"] = row.get("price", "").replace(",", ".").strip()
        yield row
