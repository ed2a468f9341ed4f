"""Compare a set of library shades side by side for a lab-dip submission."""
import sqlite3
from typing import Dict, Iterable, List

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("shades", __name__)
SHADE_DB = "/srv/colour-lab/shades.sqlite"
MAX_COMPARE = 12


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(SHADE_DB)
    conn.row_factory = sqlite3.Row
    return conn


def load_shades(shade_codes: Iterable[str]) -> List[Dict]:
    codes = list(dict.fromkeys(c.strip() for c in shade_codes if c.strip()))
    if not codes:
        return []
    placeholders = ",".join("?" * len(codes))
    sql = (
        "SELECT code, name, l_star, a_star, b_star, light_fastness, wash_fastness "
        f"FROM shades WHERE code IN ({placeholders}) ORDER BY name"
    )
    with _db() as conn:
        return [dict(row) for row in conn.execute(sql, codes).fetchall()]


def delta_e76(a: Dict, b: Dict) -> float:
    return (
        (a["l_star"] - b["l_star"]) ** 2
        + (a["a_star"] - b["a_star"]) ** 2
        + (a["b_star"] - b["b_star"]) ** 2
    ) ** 0.5


@bp.get("/shades/compare")
def compare():
    codes = request.args.getlist("code")
    if len(codes) > MAX_COMPARE:
        abort(400, f"at most {MAX_COMPARE} shades can be compared")
    shades = load_shades(codes)
    if not shades:
        abort(404)
    reference = shades[0]
    return jsonify(
        {
            "reference": reference["code"],
            "shades": [
                {**s, "delta_e": round(delta_e76(reference, s), 2)} for s in shades
            ],
        }
    )
