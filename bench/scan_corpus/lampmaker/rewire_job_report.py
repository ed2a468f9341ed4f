"""Weekly report of rewiring jobs for the workshop manager."""
import csv
import os
import sys
from datetime import date, timedelta

import psycopg2
import psycopg2.extras

SORTABLE = {
    "booked": "j.booked_on",
    "completed": "j.completed_on",
    "customer": "c.surname",
    "technician": "t.name",
}
DEFAULT_SORT = "booked"


def order_clause(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key, SORTABLE[DEFAULT_SORT])
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'}"


def fetch_jobs(conn, since: date, status: str, sort_key: str, descending: bool = False):
    sql = f"""
        SELECT j.id, c.surname, j.lamp_description, t.name AS technician,
               j.booked_on, j.completed_on, j.pat_result
          FROM rewire_jobs j
          JOIN customers c ON c.id = j.customer_id
          LEFT JOIN technicians t ON t.id = j.technician_id
         WHERE j.booked_on >= %s AND j.status = %s
         {order_clause(sort_key, descending)}
    """
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, (since, status))
        return cur.fetchall()


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Export rewiring jobs as CSV")
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--status", default="completed")
    ap.add_argument("--sort", default=DEFAULT_SORT, choices=sorted(SORTABLE))
    ap.add_argument("--desc", action="store_true")
    args = ap.parse_args(argv)

    since = date.today() - timedelta(days=args.days)
    with psycopg2.connect(os.environ["WORKSHOP_DSN"]) as conn:
        rows = fetch_jobs(conn, since, args.status, args.sort, args.desc)

    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
    writer.writeheader()
    writer.writerows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
