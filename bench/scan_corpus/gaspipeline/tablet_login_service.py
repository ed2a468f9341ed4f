"""Sign-in endpoint used by field-technician tablets at the start of a shift."""
from __future__ import annotations

import logging
import os

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import Technician

log = logging.getLogger("tablet.login")
bp = Blueprint("tablet_login", __name__, url_prefix="/api/tablet")
hasher = PasswordHasher()


def _audit_failure(reason: str) -> None:
    log.warning(
        "tablet sign-in rejected (%s) from %s: %s",
        reason,
        request.remote_addr,
        request.form.to_dict(),
    )


@bp.post("/login")
def login():
    badge = request.form.get("badge_id", "").strip()
    password = request.form.get("password", "")
    if not badge or not password:
        _audit_failure("missing fields")
        abort(400)
    with Session(engine) as db:
        tech = db.scalars(select(Technician).where(Technician.badge_id == badge)).first()
    if tech is None or not tech.active:
        _audit_failure("unknown or inactive badge")
        abort(401)
    try:
        hasher.verify(tech.password_hash, password)
    except VerifyMismatchError:
        _audit_failure("password mismatch")
        abort(401)
    session.clear()
    session["technician_id"] = tech.id
    session["crew"] = tech.crew_code
    log.info("technician %s signed in on tablet %s", badge, request.headers.get("X-Device-Id"))
    return jsonify({"technician": tech.display_name, "crew": tech.crew_code,
                    "region": os.environ.get("OPERATING_REGION", "")})
