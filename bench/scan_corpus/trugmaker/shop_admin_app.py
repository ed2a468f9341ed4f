"""Back-office web app for the trug workshop.

Staff use it to see the day's orders, mark trugs as made, print packing
slips and answer engraving queries. It runs on the workshop server and
is reached through the reverse proxy at admin.<shop domain>.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Flask, abort, g, redirect, render_template, request, url_for
from flask_login import LoginManager, login_required


class AdminConfig:
    SECRET_KEY = os.environ.get("TRUG_ADMIN_SECRET_KEY")
    ORDERS_DB = os.environ.get("TRUG_ORDERS_DB", "/srv/trug/orders.sqlite3")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    DEBUG = True
    HOST = os.environ.get("TRUG_ADMIN_BIND", "127.0.0.1")
    PORT = int(os.environ.get("TRUG_ADMIN_PORT", "8050"))


app = Flask(__name__)
app.config.from_object(AdminConfig)
login_manager = LoginManager(app)

ORDER_STATES = ("new", "in_progress", "made", "dispatched")


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["ORDERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.get("/")
@login_required
def today():
    rows = db().execute(
        "SELECT ref, customer_name, trug_size, engraving, state FROM orders "
        "WHERE state != 'dispatched' ORDER BY created_at"
    ).fetchall()
    return render_template("admin/today.html", orders=rows, states=ORDER_STATES)


@app.post("/orders/<ref>/state")
@login_required
def set_state(ref: str):
    state = request.form.get("state", "")
    if state not in ORDER_STATES:
        abort(400)
    db().execute("UPDATE orders SET state = ? WHERE ref = ?", (state, ref))
    db().commit()
    return redirect(url_for("today"))


@app.get("/orders/<ref>")
@login_required
def order_detail(ref: str):
    row = db().execute("SELECT * FROM orders WHERE ref = ?", (ref,)).fetchone()
    if row is None:
        abort(404)
    return render_template("admin/order.html", order=row)


if __name__ == "__main__":
    app.run(host=app.config["HOST"], port=app.config["PORT"], debug=app.config["DEBUG"])
