"""Remembers the matter a user last worked in, and switches between matters."""
from flask import Blueprint, abort, current_app, g, redirect, request, session, url_for
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .access import user_can_view_matter

bp = Blueprint("matter_context", __name__)

COOKIE_NAME = "last_matter"
COOKIE_MAX_AGE = 30 * 24 * 3600


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="last-matter")


def configure_session(app) -> None:
    app.config.update(
        SESSION_COOKIE_NAME="review_sid",
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=8 * 3600,
    )


@bp.post("/matters/<int:matter_id>/select")
def select_matter(matter_id: int):
    if not user_can_view_matter(g.user, matter_id):
        abort(403)
    session["matter_id"] = matter_id
    resp = redirect(url_for("documents.index", matter_id=matter_id))
    resp.set_cookie(
        COOKIE_NAME,
        _serializer().dumps({"u": g.user.id, "m": matter_id}),
        max_age=COOKIE_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


def remembered_matter() -> int | None:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return None
    try:
        data = _serializer().loads(raw, max_age=COOKIE_MAX_AGE)
    except BadSignature:
        return None
    if data.get("u") != g.user.id or not user_can_view_matter(g.user, data.get("m")):
        return None
    return data["m"]
