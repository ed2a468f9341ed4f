"""Quote search for the front desk.

Staff look up restoration quotes by client name, the title of the volume or
the shelfmark a library gave us, usually while the client is on the phone.
"""
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "/srv/bindery/quotes.sqlite3"

QUOTE_COLUMNS = (
    "q.id, q.reference, c.name AS client, q.title, q.shelfmark, q.total_pence, q.status"
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def build_search(term: str, status: str | None) -> tuple[str, list]:
    sql = (
        f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN clients c ON c.id = q.client_id "
        f"WHERE (c.name LIKE '%{term}%' OR q.title LIKE '%{term}%' OR q.shelfmark LIKE '%{term}%')"
    )
    params: list = []
    if status:
        sql += " AND q.status = ?"
        params.append(status)
    return sql + " ORDER BY q.created_at DESC LIMIT 50", params


@app.get("/quotes/search")
def search_quotes():
    term = request.args.get("q", "").strip()
    sql, params = build_search(term, request.args.get("status"))
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
