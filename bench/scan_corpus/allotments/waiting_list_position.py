"""Public "where am I on the list?" lookup for waiting list applicants.

Applicants enter their application reference and postcode; the page shows
their position for each site they applied to.
"""
import os
import re
import sqlite3

from flask import Flask, g, render_template, request

app = Flask(__name__)
app.config["DATABASE"] = os.environ["ALLOTMENTS_DB"]

REF_RE = re.compile(r"^WL-\d{4}-\d{4}$")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def positions_for(reference: str, postcode: str) -> list[dict]:
    db = get_db()
    entries = db.execute(
        "SELECT w.site_code, s.name AS site_name, w.joined_on FROM waiting_list w JOIN site s ON s.code = w.site_code WHERE w.reference = ? AND REPLACE(UPPER(w.postcode), ' ', '') = ? AND w.status = 'waiting'",
        (reference, postcode.replace(" ", "").upper()),
    ).fetchall()
    results = []
    for entry in entries:
        ahead = db.execute(
            "SELECT COUNT(*) FROM waiting_list WHERE site_code = ? AND status = 'waiting' AND joined_on < ?",
            (entry["site_code"], entry["joined_on"]),
        ).fetchone()[0]
        results.append({"site": entry["site_name"], "position": ahead + 1, "joined_on": entry["joined_on"]})
    return results


@app.route("/waiting-list/position", methods=["GET", "POST"])
def position():
    if request.method == "GET":
        return render_template("position_form.html")
    reference = request.form.get("reference", "").strip().upper()
    postcode = request.form.get("postcode", "")
    if not REF_RE.match(reference):
        return render_template("position_form.html", error="Check your application reference."), 400
    results = positions_for(reference, postcode)
    return render_template("position_result.html", results=results)
