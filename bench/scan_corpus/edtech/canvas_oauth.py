"""OAuth2 flow that lets instructors connect their Canvas account to the plagiarism checker."""
import logging
import secrets
from urllib.parse import urlencode

import requests
from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from flask_login import current_user, login_required

from .tokens import save_canvas_token

log = logging.getLogger(__name__)
bp = Blueprint("canvas_oauth", __name__, url_prefix="/integrations/canvas")


def _cfg(key: str) -> str:
    return current_app.config[key]


@bp.get("/connect")
@login_required
def connect():
    state = secrets.token_urlsafe(32)
    session["canvas_oauth_state"] = state
    params = {
        "client_id": _cfg("CANVAS_CLIENT_ID"),
        "response_type": "code",
        "redirect_uri": url_for(".callback", _external=True),
        "state": state,
        "scope": "url:GET|/api/v1/courses url:GET|/api/v1/courses/:course_id/assignments",
    }
    return redirect(f"{_cfg('CANVAS_BASE_URL')}/login/oauth2/auth?{urlencode(params)}")


@bp.get("/callback")
@login_required
def callback():
    expected = session.pop("canvas_oauth_state", None)
    if not expected or not secrets.compare_digest(expected, request.args.get("state", "")):
        abort(400)
    resp = requests.post(
        f"{_cfg('CANVAS_BASE_URL')}/login/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "client_id": _cfg("CANVAS_CLIENT_ID"),
            "client_secret": _cfg("CANVAS_CLIENT_SECRET"),
            "redirect_uri": url_for(".callback", _external=True),
            "code": request.args["code"],
        },
        timeout=15,
    )
    resp.raise_for_status()
    token = resp.json()
    log.info("canvas connected user=%s access_token=%s expires_in=%s", current_user.id, token["access_token"], token.get("expires_in"))
    save_canvas_token(current_user.id, token)
    return redirect(url_for("dashboard.index"))
