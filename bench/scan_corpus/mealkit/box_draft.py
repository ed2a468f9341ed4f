"""Keeps a guest's in-progress box between page loads.

Guests can build a box before signing up; the draft travels in a cookie so
we don't need a server-side session for anonymous traffic.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

import jsonpickle
from flask import Blueprint, jsonify, make_response, request

bp = Blueprint("box_draft", __name__, url_prefix="/box")

DRAFT_COOKIE = "mk_box_draft"
MAX_RECIPES = 6


@dataclass
class BoxDraft:
    plan: str = "classic-2"
    recipe_ids: list[int] = field(default_factory=list)
    delivery_day: str | None = None


def _load_draft() -> BoxDraft:
    raw = request.cookies.get(DRAFT_COOKIE)
    if not raw:
        return BoxDraft()
    state = base64.urlsafe_b64decode(raw.encode()).decode("utf-8")
    draft = jsonpickle.decode(state)
    return draft if isinstance(draft, BoxDraft) else BoxDraft()


def _store_draft(response, draft: BoxDraft):
    encoded = base64.urlsafe_b64encode(jsonpickle.encode(draft).encode()).decode()
    response.set_cookie(
        DRAFT_COOKIE, encoded, max_age=7 * 24 * 3600, secure=True, httponly=True, samesite="Lax"
    )
    return response


@bp.get("/draft")
def get_draft():
    draft = _load_draft()
    return jsonify(plan=draft.plan, recipes=draft.recipe_ids, day=draft.delivery_day)


@bp.post("/draft/recipes")
def add_recipe():
    draft = _load_draft()
    recipe_id = int(request.form["recipe_id"])
    if recipe_id not in draft.recipe_ids and len(draft.recipe_ids) < MAX_RECIPES:
        draft.recipe_ids.append(recipe_id)
    resp = make_response(jsonify(recipes=draft.recipe_ids))
    return _store_draft(resp, draft)
