"""Password reset for beach hut licence holder accounts."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from flask import Blueprint, abort, jsonify, request, url_for
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .mail import send_template
from .models import HutOwner, PasswordReset, engine

bp = Blueprint("owner_password_reset", __name__, url_prefix="/owners/password")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)
RESET_LIFETIME = timedelta(minutes=30)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/forgot")
def forgot():
    email = request.get_json(force=True).get("email", "").strip().lower()
    with Session(engine) as db:
        owner = db.scalar(select(HutOwner).where(HutOwner.email == email))
        if owner is not None:
            token = secrets.token_urlsafe(32)
            db.add(
                PasswordReset(
                    owner_id=owner.id,
                    token_sha256=_token_digest(token),
                    expires_at=datetime.now(timezone.utc) + RESET_LIFETIME,
                )
            )
            db.commit()
            send_template(
                owner.email,
                "password_reset",
                name=owner.full_name,
                link=url_for(".reset", token=token, _external=True),
            )
    return jsonify({"message": "If that address has an account, a reset link is on its way."})


@bp.post("/reset/<token>")
def reset(token: str):
    new_password = request.get_json(force=True).get("password", "")
    if len(new_password) < 10:
        abort(400, "Passwords must be at least 10 characters.")
    with Session(engine) as db:
        pending = db.scalar(
            select(PasswordReset).where(
                PasswordReset.token_sha256 == _token_digest(token),
                PasswordReset.used_at.is_(None),
                PasswordReset.expires_at > datetime.now(timezone.utc),
            )
        )
        if pending is None:
            abort(400, "This reset link is invalid or has expired.")
        db.execute(
            update(HutOwner)
            .where(HutOwner.id == pending.owner_id)
            .values(password_hash=_hasher.hash(new_password))
        )
        pending.used_at = datetime.now(timezone.utc)
        db.commit()
    return jsonify({"message": "Your password has been changed."})
