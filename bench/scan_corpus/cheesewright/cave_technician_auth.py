"""Login for technicians who operate the ripening cave control panel."""
import logging

import bcrypt
from flask import Blueprint, jsonify, request, session

from cheesewright.models import CaveTechnician, db

logger = logging.getLogger(__name__)

bp = Blueprint("cave_auth", __name__, url_prefix="/cave/auth")

MIN_PASSWORD_LENGTH = 12


def hash_technician_password(raw: str, cost: int = 8) -> str:
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")


def verify_technician_password(raw: str, stored: str) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored.encode("ascii"))


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    password = payload.get("password", "")
    if len(password) < MIN_PASSWORD_LENGTH:
        return jsonify(error="password too short"), 400
    tech = CaveTechnician(
        badge_number=payload["badge_number"],
        display_name=payload["display_name"],
        password_hash=hash_technician_password(password),
    )
    db.session.add(tech)
    db.session.commit()
    return jsonify(id=tech.id), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    tech = CaveTechnician.query.filter_by(badge_number=payload.get("badge_number")).first()
    if tech is None or not verify_technician_password(payload.get("password", ""), tech.password_hash):
        logger.info("Failed cave panel login for badge %s", payload.get("badge_number"))
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["cave_technician_id"] = tech.id
    return jsonify(ok=True)
