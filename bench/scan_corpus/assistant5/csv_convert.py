"""CLI: convert a supplier price list (xlsx) to the CSV layout our importer expects."""
import argparse
import csv
import os
import shutil
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

HEADER = ["sku", "description", "unit_price", "currency", "min_qty"]


def convert(src: Path, dest: Path, sheet: str | None = None) -> int:
    wb = load_workbook(src, read_only=True, data_only=True)
    ws = wb[sheet] if sheet else wb.active

    tmp_name = tempfile.mktemp(suffix=".csv", dir=dest.parent)
    count = 0
    with open(tmp_name, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for row in ws.iter_rows(min_row=2, values_only=True):
            if not row or row[0] is None:
                continue
            sku, description, price, currency, min_qty = (row + (None,) * 5)[:5]
            writer.writerow([str(sku).strip(), description or "", f"{float(price):.2f}", currency or "EUR", int(min_qty or 1)])
            count += 1

    shutil.move(tmp_name, dest)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--sheet")
    args = parser.parse_args(argv)

    if not args.source.exists():
        print(f"no such file: {args.source}", file=sys.stderr)
        return 1
    n = convert(args.source, args.dest, args.sheet)
    print(f"wrote {n} rows to {os.fspath(args.dest)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
