"""Command-line export of sale results for the press office and price databases.

    python -m auctionhouse.results_export_cli SALE_CODE --out /srv/exports
"""

import argparse
import csv
import os
import shutil
import sys
import tempfile

from auctionhouse.db import connect

FIELDS = ["lot_number", "title", "low_estimate", "high_estimate", "hammer_price", "currency", "status"]


def fetch_results(conn, sale_code: str):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT lot_number, title, low_estimate, high_estimate, hammer_price, currency, status "
            "FROM lot_results WHERE sale_code = %s ORDER BY lot_number",
            (sale_code,),
        )
        for row in cur:
            yield dict(zip(FIELDS, row))


def write_export(rows, out_dir: str, sale_code: str) -> str:
    scratch = tempfile.mktemp(prefix=f"results-{sale_code}-", suffix=".csv")
    with open(scratch, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    final_path = os.path.join(out_dir, f"{sale_code}-results.csv")
    shutil.move(scratch, final_path)
    return final_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sale_code")
    parser.add_argument("--out", default=".")
    args = parser.parse_args(argv)

    with connect() as conn:
        path = write_export(fetch_results(conn, args.sale_code), args.out, args.sale_code)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
