"""Customer accounts for the warranty claims portal.

Buyers of a made-to-order scythe or sickle register with the serial
number stamped on the tang, then sign in to follow their claims.
"""
import bcrypt
from flask import Blueprint, jsonify, request, session

from scythesmith.db import db
from scythesmith.models import Claimant

bp = Blueprint("claimant_accounts", __name__, url_prefix="/warranty/account")


def hash_claimant_password(raw: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def claimant_password_matches(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    serial = data.get("serial_number", "").strip().upper()
    if not email or len(password) < 10 or not serial:
        return jsonify(error="email, serial_number and a 10+ character password are required"), 400
    if Claimant.query.filter_by(email=email).first():
        return jsonify(error="account already exists"), 409
    claimant = Claimant(
        email=email,
        serial_number=serial,
        password_hash=hash_claimant_password(password),
    )
    db.session.add(claimant)
    db.session.commit()
    return jsonify(id=claimant.id), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    claimant = Claimant.query.filter_by(email=data.get("email", "").strip().lower()).first()
    if claimant is None or not claimant_password_matches(data.get("password", ""), claimant.password_hash):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["claimant_id"] = claimant.id
    return jsonify(id=claimant.id, serial_number=claimant.serial_number)
