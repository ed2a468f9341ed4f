"""Remembers a consignee's portal preferences (language, default warehouse) between visits."""

import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, make_response, request
from flask_login import current_user, login_required

from freight.prefs import load_preferences, save_preferences

bp = Blueprint("prefs", __name__, url_prefix="/portal/preferences")

DEVICE_COOKIE = "fwd_device"
DEVICE_TTL = timedelta(days=180)


@bp.put("")
@login_required
def update_preferences():
    body = request.get_json(silent=True) or {}
    device_id = request.cookies.get(DEVICE_COOKIE) or secrets.token_urlsafe(24)
    prefs = save_preferences(
        user_id=current_user.id,
        device_id=device_id,
        language=body.get("language", "en"),
        default_warehouse=body.get("default_warehouse"),
    )
    resp = make_response(jsonify(prefs))
    resp.set_cookie(
        DEVICE_COOKIE,
        device_id,
        max_age=int(DEVICE_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/portal",
    )
    return resp


@bp.get("")
@login_required
def get_preferences():
    device_id = request.cookies.get(DEVICE_COOKIE)
    return jsonify(load_preferences(current_user.id, device_id))
