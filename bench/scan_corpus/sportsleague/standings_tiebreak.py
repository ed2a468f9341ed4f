"""League table ordering with per-competition tie-break rules.

Competition admins can define the tie-break key in the admin area, e.g.
``(points, goal_diff, goals_for, -red_cards)``. The preview endpoint lets them
check the resulting table before saving the rule.
"""
from flask import Blueprint, jsonify, request
from flask_login import login_required

from league.standings import table_rows_for

bp = Blueprint("tiebreak_admin", __name__, url_prefix="/admin/competitions")

DEFAULT_RULE = "(points, goal_diff, goals_for)"
ALLOWED_FIELDS = ("points", "played", "won", "drawn", "lost", "goals_for",
                  "goals_against", "goal_diff", "yellow_cards", "red_cards")


def _sort_key_factory(rule: str):
    code = compile(rule, "<tiebreak>", "eval")

    def key(row: dict):
        scope = {name: row[name] for name in ALLOWED_FIELDS}
        return eval(code, {"__builtins__": {}}, scope)

    return key


def order_table(rows: list[dict], rule: str = DEFAULT_RULE) -> list[dict]:
    return sorted(rows, key=_sort_key_factory(rule), reverse=True)


@bp.post("/<int:competition_id>/tiebreak/preview")
@login_required
def preview_tiebreak(competition_id: int):
    rule = (request.get_json(silent=True) or {}).get("rule", DEFAULT_RULE)
    try:
        ordered = order_table(table_rows_for(competition_id), rule)
    except (SyntaxError, NameError, TypeError, KeyError) as exc:
        return jsonify(error=f"invalid rule: {exc}"), 400
    return jsonify(
        [{"position": i + 1, "club": r["club"], "points": r["points"]} for i, r in enumerate(ordered)]
    )
