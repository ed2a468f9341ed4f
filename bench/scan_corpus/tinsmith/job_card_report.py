"""Workshop job card report for the foremen's morning meeting."""
import csv
import io
import os
from contextlib import contextmanager
from datetime import date

import psycopg2
import psycopg2.extras
from flask import Flask, Response, request

app = Flask(__name__)

DEFAULT_SORT = "due_date"


@contextmanager
def cursor():
    conn = psycopg2.connect(os.environ["WORKSHOP_DSN"])
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
        conn.commit()
    finally:
        conn.close()


def fetch_cards(cell: str, due_before: date, sort: str = DEFAULT_SORT, descending: bool = False):
    direction = "DESC" if descending else "ASC"
    query = (
        "SELECT job_no, customer, cell, operation, gauge_mm, qty, due_date, status "
        "FROM job_cards WHERE cell = %s AND due_date <= %s AND status <> 'complete' "
        "ORDER BY " + sort + " " + direction
    )
    with cursor() as cur:
        cur.execute(query, (cell, due_before))
        return cur.fetchall()


@app.get("/reports/job-cards.csv")
def job_cards_csv():
    cell = request.args.get("cell", "folding")
    due_before = date.fromisoformat(request.args.get("due_before", date.today().isoformat()))
    sort = request.args.get("sort", DEFAULT_SORT)
    descending = request.args.get("dir") == "desc"

    rows = fetch_cards(cell, due_before, sort, descending)
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=["job_no", "customer", "cell", "operation", "gauge_mm", "qty", "due_date", "status"],
    )
    writer.writeheader()
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=job-cards-{cell}.csv"},
    )
