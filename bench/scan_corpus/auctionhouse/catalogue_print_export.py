"""Exports a sale's lot list as CSV for the catalogue printer.

    python -m auctionhouse.catalogue_print_export SALE_CODE --out /srv/print
"""

import argparse
import csv
import os
import sys
import tempfile

from auctionhouse.db import connect

FIELDS = ["lot_number", "title", "maker", "low_estimate", "high_estimate", "image_ref"]


def fetch_lots(conn, sale_code: str):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT lot_number, title, maker, low_estimate, high_estimate, image_ref "
            "FROM lots WHERE sale_code = %s ORDER BY lot_number",
            (sale_code,),
        )
        for row in cur:
            yield dict(zip(FIELDS, row))


def write_export(rows, out_dir: str, sale_code: str) -> str:
    final_path = os.path.join(out_dir, f"{sale_code}-catalogue.csv")
    with tempfile.NamedTemporaryFile(
        "w", newline="", encoding="utf-8", dir=out_dir, prefix=f".{sale_code}-", suffix=".csv", delete=False
    ) as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
        scratch = fh.name
    os.replace(scratch, final_path)
    return final_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sale_code")
    parser.add_argument("--out", default=".")
    args = parser.parse_args(argv)

    with connect() as conn:
        path = write_export(fetch_lots(conn, args.sale_code), args.out, args.sale_code)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
