"""Taproom dashboard: live tap list, keg levels and today's sales.

Runs on the small server behind the bar and is shown on the staff tablet.
"""
import os
from datetime import date

from flask import Flask, jsonify, render_template

from pos.db import get_connection
from taps.levels import current_keg_levels

app = Flask(__name__)
app.config.from_prefixed_env("TAPROOM")

RUN_OPTIONS = {
    "host": os.environ.get("TAPROOM_BIND", "127.0.0.1"),
    "port": int(os.environ.get("TAPROOM_PORT", "8080")),
    "debug": True,
    "use_reloader": False,
}


def todays_sales() -> dict:
    conn = get_connection()
    row = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(total), 0) FROM tickets WHERE date(closed_at) = ?",
        (date.today().isoformat(),),
    ).fetchone()
    return {"tickets": row[0], "revenue": float(row[1])}


@app.get("/")
def dashboard():
    return render_template("dashboard.html", taps=current_keg_levels(), sales=todays_sales())


@app.get("/api/taps")
def taps_json():
    return jsonify(
        [
            {"line": t.line, "beer": t.beer_name, "percent_left": round(t.percent_left, 1)}
            for t in current_keg_levels()
        ]
    )


@app.get("/api/sales/today")
def sales_json():
    return jsonify(todays_sales())


if __name__ == "__main__":
    app.run(**RUN_OPTIONS)
