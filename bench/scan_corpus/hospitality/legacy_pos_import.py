"""Import menu items and modifiers from the legacy POS CSV export.

The old POS writes the modifier column as a Python-style list literal, e.g.
``['No onion', 'Extra cheese']``, and per-venue price overrides as a dict
literal such as ``{'SOHO': 1450, 'LEEDS': 1295}``.
"""
from __future__ import annotations

import argparse
import ast
import csv
import json
import sys


def _parse_literal(raw: str, expected: type):
    raw = raw.strip()
    if not raw:
        return expected()
    value = ast.literal_eval(raw)
    if not isinstance(value, expected):
        raise ValueError(f"expected {expected.__name__}, got {type(value).__name__}")
    return value


def read_export(path: str) -> list[dict]:
    items = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                modifiers = _parse_literal(row["MODIFIERS"], list)
                overrides = _parse_literal(row["PRICE_OVERRIDES"], dict)
            except (ValueError, SyntaxError) as exc:
                raise SystemExit(f"{path}:{lineno}: {exc}") from None
            items.append(
                {
                    "plu": row["PLU"],
                    "name": row["ITEM_NAME"].strip(),
                    "price_cents": int(row["PRICE"]),
                    "modifiers": [str(m) for m in modifiers],
                    "price_overrides": {str(k): int(v) for k, v in overrides.items()},
                }
            )
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export_csv")
    args = parser.parse_args(argv)
    json.dump(read_export(args.export_csv), sys.stdout, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
