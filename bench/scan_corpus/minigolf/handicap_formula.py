"""League-night handicaps: each franchise can configure its own handicap formula."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("handicaps", __name__, url_prefix="/leagues")

DEFAULT_FORMULA = "max(0, round((avg_score - course_par) * 0.8))"


class HandicapFormula:
    """Evaluates a manager-supplied expression against a player's recent rounds."""

    HELPERS = {"min": min, "max": max, "round": round, "abs": abs}

    def __init__(self, expression: str) -> None:
        self.expression = expression.strip() or DEFAULT_FORMULA

    def compute(self, scores: list[int], course_par: int) -> float:
        if not scores:
            return 0.0
        scope = dict(self.HELPERS)
        scope.update(
            avg_score=sum(scores) / len(scores),
            best_score=min(scores),
            rounds=len(scores),
            course_par=course_par,
        )
        return float(eval(self.expression, {"__builtins__": {}}, scope))


def _db() -> sqlite3.Connection:
    if "league_db" not in g:
        g.league_db = sqlite3.connect("league.db")
    return g.league_db


def _league_formula(league_id: int) -> HandicapFormula:
    row = _db().execute("SELECT handicap_formula FROM leagues WHERE id = ?", (league_id,)).fetchone()
    if row is None:
        abort(404)
    return HandicapFormula(row[0] or "")


@bp.put("/<int:league_id>/handicap-formula")
def set_formula(league_id: int):
    expression = (request.get_json(silent=True) or {}).get("formula", "")
    if len(expression) > 200:
        abort(400, "formula too long")
    with _db() as conn:
        conn.execute("UPDATE leagues SET handicap_formula = ? WHERE id = ?", (expression, league_id))
    return jsonify(league_id=league_id, formula=expression)


@bp.post("/<int:league_id>/handicap-preview")
def preview(league_id: int):
    body = request.get_json(silent=True) or {}
    formula = HandicapFormula(body.get("formula", "")) if "formula" in body else _league_formula(league_id)
    scores = [int(s) for s in body.get("scores", [])][:20]
    par = int(body.get("course_par", 36))
    return jsonify(handicap=formula.compute(scores, par))


@bp.get("/<int:league_id>/players/<int:player_id>/handicap")
def player_handicap(league_id: int, player_id: int):
    rows = _db().execute(
        "SELECT total_strokes FROM league_rounds WHERE league_id = ? AND player_id = ? "
        "ORDER BY played_on DESC LIMIT 6",
        (league_id, player_id),
    ).fetchall()
    formula = _league_formula(league_id)
    return jsonify(player_id=player_id, handicap=formula.compute([r[0] for r in rows], 36))
