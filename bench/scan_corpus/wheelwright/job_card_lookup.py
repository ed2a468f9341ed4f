"""Front-office lookup of job cards by customer or wheel description.

Used when a customer rings to ask how their wheels are getting on and cannot
remember the job number.
"""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_mapping(JOBS_DB="jobcards.sqlite3", PAGE_SIZE=25)

SEARCH_SQL = (
    "SELECT number, customer_name, wheel_description, stage, opened_on FROM job_cards "
    "WHERE customer_name LIKE :pattern ESCAPE '\\' "
    "   OR wheel_description LIKE :pattern ESCAPE '\\' "
    "ORDER BY opened_on DESC LIMIT :limit OFFSET :offset"
)


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


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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
    params = {"pattern": _like_pattern(term), "limit": limit, "offset": (page - 1) * limit}
    with closing(db().cursor()) as cur:
        cur.execute(SEARCH_SQL, params)
        rows = cur.fetchall()
    return jsonify(
        page=page,
        results=[
            {"number": r["number"], "customer": r["customer_name"],
             "wheel": r["wheel_description"], "stage": r["stage"], "opened": r["opened_on"]}
            for r in rows
        ],
    )
