"""Remember a donor's preferred session venue between visits.

The booking site is usable without logging in; the last chosen venue and
language are kept in a signed cookie so the search form is pre-filled.
"""
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

bp = Blueprint("prefs", __name__)

PREFS_COOKIE = "donor_prefs"
PREFS_MAX_AGE = timedelta(days=180)
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt="donor-prefs")


def read_prefs() -> dict:
    raw = request.cookies.get(PREFS_COOKIE)
    if not raw:
        return {}
    try:
        return _serializer().loads(raw)
    except BadSignature:
        return {}


@bp.post("/preferences")
def save_prefs():
    body = request.get_json(silent=True) or {}
    prefs = {
        "venue_id": int(body.get("venue_id", 0)) or None,
        "lang": body.get("lang", "en") if body.get("lang") in {"en", "cy", "pl"} else "en",
    }
    resp = jsonify(prefs)
    resp.set_cookie(
        PREFS_COOKIE,
        _serializer().dumps(prefs),
        max_age=int(PREFS_MAX_AGE.total_seconds()),
        **COOKIE_FLAGS,
    )
    return resp
