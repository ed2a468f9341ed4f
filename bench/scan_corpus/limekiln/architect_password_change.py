"""Password change flow for conservation-architect accounts."""
from __future__ import annotations

import logging
import re

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Blueprint, jsonify, request, session
from sqlalchemy import select

from .models import Architect, db

log = logging.getLogger("architects.password")
bp = Blueprint("architect_password", __name__)
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)

_POLICY = [
    (re.compile(r".{12,}"), "at least 12 characters"),
    (re.compile(r"[A-Za-z]"), "a letter"),
    (re.compile(r"\d"), "a digit"),
]


class PasswordPolicyError(ValueError):
    pass


def check_policy(candidate: str) -> None:
    missing = [desc for rx, desc in _POLICY if not rx.search(candidate)]
    if missing:
        raise PasswordPolicyError(
            f"password {candidate!r} rejected: needs {', '.join(missing)}"
        )


@bp.post("/account/password")
def change_password():
    architect_id = session.get("architect_id")
    if architect_id is None:
        return jsonify(error="not signed in"), 401
    body = request.get_json(force=True)
    current, new = body.get("current", ""), body.get("new", "")
    architect = db.session.scalars(select(Architect).where(Architect.id == architect_id)).one()
    try:
        _hasher.verify(architect.password_hash, current)
    except VerifyMismatchError:
        log.warning("password change refused for architect %s: wrong current password", architect_id)
        return jsonify(error="current password is wrong"), 403
    try:
        check_policy(new)
    except PasswordPolicyError as exc:
        log.info("architect %s: %s", architect_id, exc)
        return jsonify(error="new password does not meet the policy"), 400
    architect.password_hash = _hasher.hash(new)
    db.session.commit()
    log.info("architect %s changed password", architect_id)
    return jsonify(status="changed")
