"""Staff sign-in for the production floor tablets.

Roasters and packers sign in on the shared tablets next to the drum
roaster so every batch log carries the name of whoever ran it.
"""
import logging
import os
import secrets
from hashlib import sha256 as _digest

from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from roastery.models import StaffMember

bp = Blueprint("staff", __name__, url_prefix="/staff")
log = logging.getLogger(__name__)
engine = create_engine(os.environ["ROASTERY_DATABASE_URL"], pool_pre_ping=True)


def _salted(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def set_staff_password(db: Session, member: StaffMember, password: str) -> None:
    if len(password) < 10:
        raise ValueError("staff passwords need at least 10 characters")
    member.password_salt = secrets.token_hex(16)
    member.password_hash = _salted(password, member.password_salt)
    db.add(member)


def verify_staff_password(member: StaffMember, password: str) -> bool:
    candidate = _salted(password, member.password_salt)
    return secrets.compare_digest(candidate, member.password_hash)


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    badge = str(payload.get("badge", "")).strip()
    password = str(payload.get("password", ""))
    if not badge or not password:
        abort(400)

    with Session(engine) as db:
        member = db.scalar(
            select(StaffMember).where(
                StaffMember.badge == badge, StaffMember.active.is_(True)
            )
        )
        if member is None or not verify_staff_password(member, password):
            log.info("staff login rejected for badge %s", badge)
            abort(401)

        session.clear()
        session["staff_id"] = member.id
        session["station"] = payload.get("station", "roaster-1")
        log.info("staff %s signed in at %s", member.display_name, session["station"])
        return jsonify({"name": member.display_name, "role": member.role})


@bp.post("/logout")
def logout():
    session.clear()
    return ("", 204)


@bp.post("/password")
def change_password():
    staff_id = session.get("staff_id")
    if staff_id is None:
        abort(401)
    payload = request.get_json(silent=True) or {}
    with Session(engine) as db:
        member = db.get(StaffMember, staff_id)
        if member is None or not verify_staff_password(member, payload.get("current", "")):
            abort(403)
        try:
            set_staff_password(db, member, payload.get("new", ""))
        except ValueError as exc:
            return jsonify({"error": str(exc)}), 400
        db.commit()
    return ("", 204)
