"""Weekly viability report written to the curation team's shared drive."""
import csv
import datetime as dt
import os
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("VIABILITY_EXPORT_DIR", "/srv/shared/curation/viability"))
DIR_MODE = 0o750
FILE_MODE = 0o640

COLUMNS = ["accession_no", "species", "test_date", "seeds_sown", "seeds_germinated", "rate"]


def _fetch(conn, since: dt.date):
    cur = conn.cursor()
    cur.execute(
        "SELECT a.accession_no, a.species, g.test_date, g.seeds_sown, g.seeds_germinated "
        "FROM germination_tests g JOIN accessions a ON a.id = g.accession_id "
        "WHERE g.test_date >= %s ORDER BY g.test_date",
        (since,),
    )
    for acc, species, date, sown, germ in cur:
        yield acc, species, date, sown, germ, round(germ / sown, 3) if sown else 0.0


def write_report(conn, today: dt.date | None = None) -> Path:
    today = today or dt.date.today()
    EXPORT_DIR.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    target = EXPORT_DIR / f"viability_{today:%Y%m%d}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(_fetch(conn, today - dt.timedelta(days=7)))
    os.chmod(target, FILE_MODE)
    return target


if __name__ == "__main__":
    import psycopg

    with psycopg.connect(os.environ["CURATION_DB_DSN"]) as connection:
        print(write_report(connection))
