"""Yield per bed and variety, for deciding which beds to replant.

Old stools in some beds are tiring; comparing bundles per square metre
across seasons shows which beds to grub out and replant with fresh sets.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("yield", __name__, url_prefix="/reports/yield")


@dataclass(frozen=True)
class BedYield:
    bed_code: str
    variety: str
    season: str
    bundles: int
    area_m2: float

    @property
    def per_m2(self) -> float:
        return round(self.bundles / self.area_m2, 2) if self.area_m2 else 0.0


def get_db() -> sqlite3.Connection:
    if "harvest_db" not in g:
        g.harvest_db = sqlite3.connect(current_app.config["HARVEST_DB"])
    return g.harvest_db


def bed_yields(conn: sqlite3.Connection, variety: str | None, bed_prefix: str | None) -> list[BedYield]:
    sql = (
        "SELECT r.bed_code, r.variety, strftime('%Y', r.cut_on) AS season, "
        "SUM(r.bundles), b.area_m2 "
        "FROM harvest_records r JOIN beds b ON b.code = r.bed_code WHERE 1 = 1"
    )
    params: list[object] = []
    if variety:
        sql += " AND r.variety = ?"
        params.append(variety)
    if bed_prefix:
        sql += " AND r.bed_code LIKE ? ESCAPE '\\'"
        params.append(bed_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    sql += " GROUP BY r.bed_code, r.variety, season ORDER BY r.bed_code, season"
    return [BedYield(*row) for row in conn.execute(sql, params).fetchall()]


@bp.get("")
@login_required
def yield_report():
    variety = request.args.get("variety") or None
    bed_prefix = request.args.get("bed") or None
    yields = bed_yields(get_db(), variety, bed_prefix)
    return jsonify(
        [
            {"bed": y.bed_code, "variety": y.variety, "season": y.season,
             "bundles": y.bundles, "per_m2": y.per_m2}
            for y in yields
        ]
    )
