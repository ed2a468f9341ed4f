"""Operator preferences for the console: selected site and UI settings."""
from datetime import timedelta

from flask import Blueprint, abort, current_app, jsonify, make_response, request, session

bp = Blueprint("prefs", __name__, url_prefix="/prefs")

SITE_COOKIE = "fm_site"
SITE_COOKIE_AGE = timedelta(days=30)


class ConsoleCookieConfig:
    SESSION_COOKIE_NAME = "fm_console"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)


@bp.post("/site")
def select_site():
    site_id = (request.get_json(silent=True) or {}).get("site_id", "")
    allowed = session.get("sites", [])
    if site_id not in allowed:
        abort(403)
    resp = make_response(jsonify(site=site_id))
    resp.set_cookie(
        SITE_COOKIE,
        site_id,
        max_age=int(SITE_COOKIE_AGE.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    current_app.logger.info("operator %s switched to site %s", session.get("user"), site_id)
    return resp


def init_app(app) -> None:
    app.config.from_object(ConsoleCookieConfig)
    app.register_blueprint(bp)
