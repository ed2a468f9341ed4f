"""Signed approve/decline links emailed to landowners for route access requests.

When a riding club asks to use a permissive path for an event, the landowner
gets two links; clicking one records their decision without signing in.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template

from bridlepath.access import AccessRequest, db

bp = Blueprint("access_links", __name__, url_prefix="/access")

LINK_LIFETIME = timedelta(days=21)
DECISIONS = ("approve", "decline")


def _sign(request_id: int, decision: str, expires: int) -> str:
    key = current_app.config["ACCESS_LINK_KEY"].encode()
    msg = f"{request_id}:{decision}:{expires}".encode()
    mac = hmac.new(key, msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def build_links(req: AccessRequest) -> dict[str, str]:
    expires = int((datetime.now(timezone.utc) + LINK_LIFETIME).timestamp())
    base = current_app.config["PUBLIC_BASE_URL"]
    return {
        d: f"{base}/access/{req.id}/{d}/{expires}/{_sign(req.id, d, expires)}" for d in DECISIONS
    }


@bp.get("/<int:request_id>/<decision>/<int:expires>/<sig>")
def decide(request_id: int, decision: str, expires: int, sig: str):
    if decision not in DECISIONS:
        abort(404)
    if datetime.now(timezone.utc).timestamp() > expires:
        return render_template("access/link_expired.html"), 410
    if not secrets.compare_digest(_sign(request_id, decision, expires), sig):
        abort(403)
    req = db.session.get(AccessRequest, request_id)
    if req is None:
        abort(404)
    if req.status == "pending":
        req.status = "approved" if decision == "approve" else "declined"
        req.decided_at = datetime.now(timezone.utc)
        db.session.commit()
    return render_template("access/decision_recorded.html", req=req)
