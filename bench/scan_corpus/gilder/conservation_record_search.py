"""Search view over the conservation records database.

Staff search by object title, accession number or lender when a frame comes
back into the studio and they want the previous treatment history.
"""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("GILDER")
DATABASE = "conservation.db"
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("DATABASE", DATABASE))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def find_records(db: sqlite3.Connection, term: str, page: int):
    offset = max(page - 1, 0) * PAGE_SIZE
    sql = (
        "SELECT r.id, r.accession_no, r.object_title, r.lender, r.opened_on "
        "FROM conservation_records r "
        f"WHERE r.object_title LIKE '%{term}%' OR r.accession_no LIKE '%{term}%' "
        "ORDER BY r.opened_on DESC LIMIT ? OFFSET ?"
    )
    with closing(db.cursor()) as cur:
        cur.execute(sql, (PAGE_SIZE, offset))
        return [dict(row) for row in cur.fetchall()]


@app.get("/records/search")
def search():
    term = request.args.get("q", "").strip()
    page = request.args.get("page", 1, type=int)
    if len(term) < 2:
        return jsonify({"results": [], "page": page})
    return jsonify({"results": find_records(get_db(), term, page), "page": page})
