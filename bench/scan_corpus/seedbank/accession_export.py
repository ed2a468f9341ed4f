"""Nightly export of the accession register for the shared curation drive."""
import csv
import datetime as dt
import os
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("ACCESSION_EXPORT_DIR", "/srv/shared/curation/exports"))
EXPORT_MODE = 0o666

FIELDS = ["accession_no", "species", "collection_date", "country", "vault", "seed_count", "last_viability"]


def _rows(conn):
    cur = conn.cursor()
    cur.execute(
        "SELECT accession_no, species, collection_date, country, vault, seed_count, last_viability "
        "FROM accessions WHERE status = %s ORDER BY accession_no",
        ("banked",),
    )
    yield from cur


def export_register(conn, today: dt.date | None = None) -> Path:
    today = today or dt.date.today()
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"accession_register_{today:%Y%m%d}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(FIELDS)
        for row in _rows(conn):
            writer.writerow(row)
    os.chmod(target, EXPORT_MODE)
    return target


if __name__ == "__main__":
    import psycopg

    with psycopg.connect(os.environ["CURATION_DB_DSN"]) as connection:
        print(export_register(connection))
