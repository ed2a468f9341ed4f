"""Persists a user's saved search filters in a signed cookie."""
import os

from flask import Blueprint, jsonify, make_response, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

bp = Blueprint("saved_filters", __name__, url_prefix="/search/filters")

COOKIE_NAME = "search_filters"
MAX_AGE = 60 * 60 * 24 * 30
ALLOWED_KEYS = {"status", "owner", "tag", "updated_after", "file_type"}

_serializer = URLSafeTimedSerializer(os.environ["FILTERS_SIGNING_KEY"], salt="search-filters")


def _load_filters() -> dict:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return {}
    try:
        data = _serializer.loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return {}
    return {k: str(v) for k, v in data.items() if k in ALLOWED_KEYS}


@bp.get("")
def get_filters():
    return jsonify(_load_filters())


@bp.put("")
def save_filters():
    body = request.get_json(silent=True) or {}
    filters = {k: str(v)[:200] for k, v in body.items() if k in ALLOWED_KEYS}
    resp = make_response(jsonify(filters))
    resp.set_cookie(
        COOKIE_NAME,
        _serializer.dumps(filters),
        max_age=MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp
