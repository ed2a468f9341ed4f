"""Yard stock report: adhesive, grout, levelling compound, trims, spacers.

Used by the yard manager to decide what to reorder before Monday's jobs.
The table view lets them sort by any column.
"""
import os
from contextlib import contextmanager
from typing import Iterator

import psycopg2
import psycopg2.extras
from flask import Flask, jsonify, request

app = Flask(__name__)


@contextmanager
def cursor() -> Iterator[psycopg2.extras.RealDictCursor]:
    conn = psycopg2.connect(os.environ["STOCK_DATABASE_URL"])
    try:
        with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()


BASE_QUERY = """
    SELECT s.sku, s.description, s.category, s.unit, s.on_hand, s.reorder_level,
           s.on_hand - COALESCE(a.allocated, 0) AS free_stock
    FROM stock_items s
    LEFT JOIN (
        SELECT sku, SUM(quantity) AS allocated
        FROM job_allocations WHERE fit_date >= CURRENT_DATE
        GROUP BY sku
    ) a ON a.sku = s.sku
    WHERE s.category = %s
"""


def stock_rows(category: str, sort: str, descending: bool):
    direction = "DESC" if descending else "ASC"
    query = BASE_QUERY + " ORDER BY {} {}".format(sort, direction)
    with cursor() as cur:
        cur.execute(query, (category,))
        return cur.fetchall()


@app.get("/stock/<category>")
def stock_report(category: str):
    sort = request.args.get("sort", "free_stock")
    descending = request.args.get("dir", "asc") == "desc"
    rows = stock_rows(category, sort, descending)
    low = [r["sku"] for r in rows if r["free_stock"] <= r["reorder_level"]]
    return jsonify(category=category, items=rows, reorder=low)
