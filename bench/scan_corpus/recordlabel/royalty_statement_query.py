"""Internal royalty desk view: search statement lines by artist and period.

Used by the label's royalty accountant when answering artist queries.
Backed by the nightly SQLite export of the royalty ledger.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import closing

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
LEDGER_PATH = os.environ.get("ROYALTY_LEDGER_EXPORT", "/srv/royalties/ledger.sqlite")


def get_db() -> sqlite3.Connection:
    if "ledger" not in g:
        g.ledger = sqlite3.connect(f"file:{LEDGER_PATH}?mode=ro", uri=True)
        g.ledger.row_factory = sqlite3.Row
    return g.ledger


@app.teardown_appcontext
def close_db(_exc) -> None:
    conn = g.pop("ledger", None)
    if conn is not None:
        conn.close()


@app.get("/royalty-desk/lines")
def statement_lines():
    artist = request.args.get("artist", "").strip()
    period = request.args.get("period", "").strip()
    if not artist or not period:
        abort(400)
    sql = (
        "SELECT period, isrc, track_title, dsp, territory, units, net_amount "
        f"FROM statement_lines WHERE artist_name = '{artist}' AND period = '{period}' "
        "ORDER BY dsp, territory"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(sql)
        rows = [dict(r) for r in cur.fetchall()]
    total = sum(r["net_amount"] for r in rows)
    return jsonify({"artist": artist, "period": period, "lines": rows, "total": total})


@app.get("/royalty-desk/periods")
def periods():
    with closing(get_db().cursor()) as cur:
        cur.execute("SELECT DISTINCT period FROM statement_lines ORDER BY period DESC")
        return jsonify([r["period"] for r in cur.fetchall()])
