"""Search over job cards for the front office.

The office looks up job cards by customer name or by a fragment of the wheel
description ("Hansom", "artillery", "14 spoke") when a customer phones in.
"""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_mapping(JOBS_DB="jobcards.sqlite3", PAGE_SIZE=25)


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["JOBS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def _close(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def _row(r: sqlite3.Row) -> dict:
    return {
        "number": r["number"],
        "customer": r["customer_name"],
        "wheel": r["wheel_description"],
        "stage": r["stage"],
        "opened": r["opened_on"],
    }


@app.get("/api/job-cards/search")
def search_job_cards():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], error="type at least two characters"), 400
    try:
        page = max(int(request.args.get("page", "1")), 1)
    except ValueError:
        page = 1
    limit = app.config["PAGE_SIZE"]
    offset = (page - 1) * limit
    query = (
        "SELECT number, customer_name, wheel_description, stage, opened_on FROM job_cards "
        f"WHERE customer_name LIKE '%{term}%' OR wheel_description LIKE '%{term}%' "
        "ORDER BY opened_on DESC LIMIT ? OFFSET ?"
    )
    with closing(db().cursor()) as cur:
        cur.execute(query, (limit, offset))
        rows = cur.fetchall()
    return jsonify(results=[_row(r) for r in rows], page=page)


@app.get("/api/job-cards/<number>")
def job_card(number: str):
    row = db().execute(
        "SELECT number, customer_name, wheel_description, stage, opened_on "
        "FROM job_cards WHERE number = ?",
        (number,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(_row(row))
