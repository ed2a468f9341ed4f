"""Search the ice-core sample catalogue kept in the freezer-room SQLite database."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

COLUMNS = "core_id, site_code, section, top_depth_m, bottom_depth_m, drilled_on, freezer_slot"

bp = Blueprint("catalogue", __name__, url_prefix="/catalogue")


@dataclass
class CoreSection:
    core_id: str
    site_code: str
    section: int
    top_depth_m: float
    bottom_depth_m: float
    drilled_on: str
    freezer_slot: str


class CoreCatalogue:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def _fetch(self, where: str, params: tuple = ()) -> list[CoreSection]:
        rows = self._conn.execute(
            f"SELECT {COLUMNS} FROM core_sections WHERE {where} ORDER BY core_id, section",
            params,
        ).fetchall()
        return [CoreSection(*row) for row in rows]

    def by_depth(self, top: float, bottom: float) -> list[CoreSection]:
        return self._fetch("top_depth_m >= ? AND bottom_depth_m <= ?", (top, bottom))

    def by_site(self, site_code: str) -> list[CoreSection]:
        return self._fetch(f"site_code = '{site_code}'")

    def by_core(self, core_id: str) -> list[CoreSection]:
        return self._fetch("core_id = ?", (core_id,))


def _catalogue() -> CoreCatalogue:
    return CoreCatalogue(current_app.config["CATALOGUE_DB"])


@bp.get("/sections")
def list_sections():
    catalogue = _catalogue()
    if "site" in request.args:
        sections = catalogue.by_site(request.args["site"])
    elif "core" in request.args:
        sections = catalogue.by_core(request.args["core"])
    else:
        top = request.args.get("top", 0.0, type=float)
        bottom = request.args.get("bottom", 4000.0, type=float)
        sections = catalogue.by_depth(top, bottom)
    return jsonify([s.__dict__ for s in sections])
