"""Export daily job sheets for the production floor.

Every morning the scheduler writes one CSV per press line into the shared
folder the floor tablets read from. Each row is one batch: order, design,
plating, enamel colours and quantity.
"""
import csv
import os
from datetime import date
from pathlib import Path

import psycopg2

SHARE_ROOT = Path(os.environ.get("JOB_SHEET_SHARE", "/mnt/floor-share/job-sheets"))
FIELDS = ["order_no", "design", "plating", "colours", "quantity", "due"]


def batches_for(conn, line: str, day: date) -> list[dict]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT order_no, design_name, plating, enamel_colours, quantity, due_date "
            "FROM scheduled_batches WHERE press_line = %s AND run_date = %s "
            "ORDER BY due_date, order_no",
            (line, day),
        )
        return [dict(zip(FIELDS, row)) for row in cur.fetchall()]


def write_sheet(line: str, day: date, rows: list[dict]) -> Path:
    folder = SHARE_ROOT / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{line}.csv"
    with open(target, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            row = dict(row, colours=" / ".join(row["colours"] or []))
            writer.writerow(row)
    os.chmod(target, 0o777)
    return target


def export_day(day: date | None = None) -> list[Path]:
    day = day or date.today()
    conn = psycopg2.connect(os.environ["PRODUCTION_DSN"])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT DISTINCT press_line FROM scheduled_batches WHERE run_date = %s",
                        (day,))
            lines = [r[0] for r in cur.fetchall()]
        return [write_sheet(line, day, batches_for(conn, line, day)) for line in lines]
    finally:
        conn.close()


if __name__ == "__main__":
    for path in export_day():
        print(path)
