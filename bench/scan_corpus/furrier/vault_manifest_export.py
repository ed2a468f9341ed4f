"""Exports the end-of-season vault manifest for the insurer and the removal van.

Run from cron on the last business day of the season:
    python -m furrier.jobs.vault_manifest_export --season 2024
"""
import argparse
import csv
import os
import shutil
import tempfile

import psycopg2

EXPORT_DIR = os.environ.get("MANIFEST_EXPORT_DIR", "/srv/furrier/exports")
COLUMNS = ["garment_tag", "customer", "species", "style", "rack", "insured_value"]


def fetch_rows(dsn: str, season: int):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT g.tag, c.full_name, g.species, g.style, v.rack_label, g.insured_value "
            "FROM vault_bookings v "
            "JOIN garments g ON g.id = v.garment_id "
            "JOIN customers c ON c.id = g.customer_id "
            "WHERE v.season = %s ORDER BY v.rack_label, g.tag",
            (season,),
        )
        yield from cur


def write_manifest(rows, season: int) -> str:
    scratch = tempfile.mktemp(prefix=f"manifest-{season}-", suffix=".csv")
    with open(scratch, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(row)
    final = os.path.join(EXPORT_DIR, f"vault-manifest-{season}.csv")
    shutil.move(scratch, final)
    return final


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--season", type=int, required=True)
    args = parser.parse_args(argv)
    path = write_manifest(fetch_rows(os.environ["FURRIER_DSN"], args.season), args.season)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
