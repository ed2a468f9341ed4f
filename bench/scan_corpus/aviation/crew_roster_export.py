"""Export the published crew roster for a base to a CSV file.

Used by the crew control desk to hand rosters over to the hotel booking
team. The export is written to a scratch file first and then moved into
place so the downstream watcher never picks up a half-written file.
"""
import argparse
import csv
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import psycopg2

FIELDS = ["employee_id", "last_name", "rank", "duty_start", "duty_end", "layover_station"]


def fetch_roster(conn, base: str, day: dt.date):
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT employee_id, last_name, rank, duty_start, duty_end, layover_station
              FROM roster_duties
             WHERE home_base = %s AND duty_date = %s
             ORDER BY duty_start
            """,
            (base, day),
        )
        return cur.fetchall()


def write_roster(rows, destination: Path) -> None:
    scratch = tempfile.mktemp(suffix=".csv", prefix="roster_")
    with open(scratch, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(FIELDS)
        writer.writerows(rows)
    shutil.move(scratch, destination)


def main() -> None:
    parser = argparse.ArgumentParser(description="Export a crew roster to CSV")
    parser.add_argument("--base", required=True, help="IATA code of the crew base")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    with psycopg2.connect(os.environ["CREW_DB_DSN"]) as conn:
        rows = fetch_roster(conn, args.base.upper(), args.date)
    write_roster(rows, args.out)
    print(f"wrote {len(rows)} duties to {args.out}")


if __name__ == "__main__":
    main()
