"""Touch-screen kiosk app in the showroom.

Visitors browse the lamps on display, scan a shelf tag and request a
quote or a callback. Runs on the kiosk mini-PC and is reachable from the
showroom tablets on the shop network.
"""
import os
import sqlite3

from flask import Flask, jsonify, render_template, request

app = Flask(__name__, template_folder="kiosk_templates")
app.config["SECRET_KEY"] = os.environ["KIOSK_SECRET_KEY"]
app.config["DATABASE"] = os.environ.get("KIOSK_DB", "/var/lib/lampmaker/kiosk.db")


def db() -> sqlite3.Connection:
    conn = sqlite3.connect(app.config["DATABASE"])
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/")
def home():
    with db() as conn:
        lamps = conn.execute(
            "SELECT tag, name, price_pence, photo FROM display_lamps WHERE on_display = 1"
        ).fetchall()
    return render_template("home.html", lamps=lamps)


@app.get("/tag/<tag>")
def shelf_tag(tag: str):
    with db() as conn:
        lamp = conn.execute("SELECT * FROM display_lamps WHERE tag = ?", (tag,)).fetchone()
    if lamp is None:
        return render_template("not_found.html"), 404
    return render_template("lamp.html", lamp=lamp)


@app.post("/callback")
def request_callback():
    name = request.form.get("name", "").strip()
    phone = request.form.get("phone", "").strip()
    tag = request.form.get("tag", "")
    if not name or not phone:
        return jsonify(error="name and phone are required"), 400
    with db() as conn:
        conn.execute(
            "INSERT INTO callback_requests (name, phone, lamp_tag) VALUES (?, ?, ?)",
            (name, phone, tag),
        )
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
