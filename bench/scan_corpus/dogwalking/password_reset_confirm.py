"""Confirms six-digit password reset codes sent to walkers by SMS."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import select

from .db import db_session
from .models import ResetRequest, Walker
from .passwords import hash_password

bp = Blueprint("reset", __name__)

MAX_TRIES = 5


def _code_digest(code: str) -> str:
    key = current_app.config["RESET_CODE_PEPPER"].encode()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


@bp.post("/walkers/password-reset/confirm")
def confirm_reset():
    data = request.get_json(force=True)
    phone = data.get("phone", "").strip()
    code = data.get("code", "").strip()
    new_password = data.get("new_password", "")
    if len(new_password) < 12:
        abort(400, "password too short")

    with db_session() as db:
        walker = db.scalar(select(Walker).where(Walker.phone == phone))
        if walker is None:
            abort(400, "invalid code")
        reset = db.scalar(
            select(ResetRequest)
            .where(ResetRequest.walker_id == walker.id, ResetRequest.used_at.is_(None))
            .order_by(ResetRequest.created_at.desc())
        )
        if reset is None or reset.status != "pending" or reset.tries >= MAX_TRIES:
            abort(400, "invalid code")
        if reset.expires_at < datetime.now(timezone.utc):
            abort(400, "code expired")
        if not hmac.compare_digest(_code_digest(code), reset.code_digest):
            reset.tries += 1
            db.commit()
            abort(400, "invalid code")
        reset.used_at = datetime.now(timezone.utc)
        reset.status = "used"
        walker.password_hash = hash_password(new_password)
        db.commit()
    return jsonify({"reset": True})
