"""Short-lived download sessions for bulk waveform requests (Flask).

After a researcher's bulk request is approved they get a cookie that lets the
download manager fetch the prepared volumes without re-authenticating.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, abort, current_app, g, make_response, redirect, url_for

bp = Blueprint("bulk", __name__, url_prefix="/bulk")

COOKIE_NAME = "bulk_dl"
COOKIE_TTL = timedelta(hours=6)


@bp.post("/<int:request_id>/activate")
def activate(request_id: int):
    req = current_app.extensions["bulk_requests"].get(request_id)
    if req is None or req.owner_id != g.user.id or req.status != "approved":
        abort(404)
    token = secrets.token_urlsafe(32)
    current_app.extensions["bulk_requests"].bind_token(request_id, token, ttl=COOKIE_TTL)
    resp = make_response(redirect(url_for("bulk.status", request_id=request_id)))
    resp.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(COOKIE_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        path="/bulk",
    )
    return resp


@bp.get("/<int:request_id>/status")
def status(request_id: int):
    req = current_app.extensions["bulk_requests"].get(request_id)
    if req is None or req.owner_id != g.user.id:
        abort(404)
    return {"request_id": request_id, "status": req.status, "volumes": req.volume_count}
