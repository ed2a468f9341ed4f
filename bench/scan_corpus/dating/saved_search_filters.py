"""Advanced filters on saved searches (premium feature).

Premium members can type a filter such as ``age < 35 and height >= 170``
which is then applied to every candidate in their deck.
"""
from __future__ import annotations

from typing import Callable, Iterable

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import SavedSearch, db

bp = Blueprint("saved_search_filters", __name__)

MAX_EXPR_LEN = 200
FILTER_FIELDS = ("age", "height", "distance_km", "photo_count", "verified", "days_inactive")


class FilterError(ValueError):
    pass


def compile_filter(expr: str) -> Callable[[dict], bool]:
    if not expr or len(expr) > MAX_EXPR_LEN:
        raise FilterError("filter must be 1-200 characters")
    try:
        code = compile(expr, "<saved-filter>", "eval")
    except SyntaxError as exc:
        raise FilterError(str(exc)) from exc

    def predicate(candidate: dict) -> bool:
        scope = {k: candidate.get(k) for k in FILTER_FIELDS}
        return bool(eval(code, {"__builtins__": {}}, scope))

    return predicate


def apply_filter(expr: str, candidates: Iterable[dict]) -> list[dict]:
    predicate = compile_filter(expr)
    return [c for c in candidates if predicate(c)]


@bp.put("/saved-searches/<int:search_id>/filter")
@login_required
def update_filter(search_id: int):
    search = SavedSearch.query.filter_by(id=search_id, owner_id=current_user.id).first_or_404()
    expr = (request.get_json(silent=True) or {}).get("expression", "")
    try:
        compile_filter(expr)
    except FilterError as exc:
        return jsonify(error=str(exc)), 400
    search.filter_expression = expr
    db.session.commit()
    return jsonify(id=search.id, expression=search.filter_expression)
