"""Serve the rendered site plan images used on the plot vacancy map.

Plans are rendered nightly by the GIS export into one PNG per plot, stored
under ``<MAP_DIR>/<site_code>/<plot_id>.png``. The URL carries only the
numeric plot id; the site code is read from the database.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from flask import Flask, abort, g, send_file

app = Flask(__name__)
app.config.update(
    DATABASE=os.environ["ALLOTMENTS_DB"],
    MAP_DIR=os.environ.get("ALLOTMENTS_MAP_DIR", "/srv/allotments/maps"),
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


class PlanLocator:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def site_for(self, plot_id: int) -> str | None:
        row = get_db().execute(
            "SELECT s.code FROM plot p JOIN site s ON s.code = p.site_code WHERE p.id = ?",
            (plot_id,),
        ).fetchone()
        return row["code"] if row else None

    def image_path(self, plot_id: int) -> Path | None:
        site = self.site_for(plot_id)
        if site is None:
            return None
        return self.root / site / f"{plot_id:d}.png"


@app.get("/map/plots/<int:plot_id>.png")
def plot_plan(plot_id: int):
    path = PlanLocator(app.config["MAP_DIR"]).image_path(plot_id)
    if path is None or not path.is_file():
        abort(404)
    return send_file(path, mimetype="image/png", max_age=86400)
