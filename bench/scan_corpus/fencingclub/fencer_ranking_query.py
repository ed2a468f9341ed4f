"""Club ladder and ranking lookups over the results database."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("rankings", __name__)

WEAPONS = ("foil", "epee", "sabre")


@dataclass
class LadderRow:
    fencer: str
    bouts: int
    wins: int
    indicator: int

    @property
    def win_rate(self) -> float:
        return self.wins / self.bouts if self.bouts else 0.0


LADDER_SQL = """
SELECT fencer, COUNT(*) AS bouts, SUM(won) AS wins, SUM(scored - received) AS indicator
FROM (
    SELECT left_fencer AS fencer, left_score > right_score AS won, left_score AS scored, right_score AS received, weapon
    FROM bouts
    UNION ALL
    SELECT right_fencer, right_score > left_score, right_score, left_score, weapon
    FROM bouts
)
WHERE weapon = ? AND fencer LIKE ? ESCAPE '\\'
GROUP BY fencer
ORDER BY wins DESC, indicator DESC
LIMIT ?
"""


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def ladder(db_path: str, weapon: str, name_filter: Optional[str] = None, limit: int = 50) -> list[LadderRow]:
    if weapon not in WEAPONS:
        raise ValueError(f"unknown weapon {weapon!r}")
    with closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute(LADDER_SQL, (weapon, _like_pattern(name_filter or ""), limit)).fetchall()
    return [LadderRow(*row) for row in rows]


@bp.get("/ladder/<weapon>")
def ladder_view(weapon: str):
    try:
        rows = ladder(
            current_app.config["RESULTS_DB"],
            weapon,
            request.args.get("q"),
            min(int(request.args.get("limit", 50)), 200),
        )
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify([{**row.__dict__, "win_rate": round(row.win_rate, 3)} for row in rows])
