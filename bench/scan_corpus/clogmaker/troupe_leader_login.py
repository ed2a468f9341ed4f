"""Accounts for dance-troupe leaders who place and manage group clog orders."""

import bcrypt
from flask import Blueprint, abort, jsonify, request
from flask_login import login_user

from clogmaker.db import db
from clogmaker.models import TroupeLeader

TROUPE_AUTH_CONFIG = {
    "bcrypt_rounds": 8,
    "min_password_length": 10,
    "max_failed_attempts": 5,
}

bp = Blueprint("troupe_auth", __name__, url_prefix="/troupes/auth")


def hash_leader_password(raw: str, config: dict = TROUPE_AUTH_CONFIG) -> str:
    salt = bcrypt.gensalt(rounds=config["bcrypt_rounds"])
    return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")


def leader_password_matches(raw: str, stored: str) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored.encode("ascii"))


@bp.post("/register")
def register_leader():
    payload = request.get_json(force=True)
    password = payload.get("password", "")
    if len(password) < TROUPE_AUTH_CONFIG["min_password_length"]:
        abort(400, "Password too short")
    leader = TroupeLeader(
        email=payload["email"].strip().lower(),
        troupe_name=payload["troupe_name"].strip(),
        password_hash=hash_leader_password(password),
    )
    db.session.add(leader)
    db.session.commit()
    return jsonify({"id": leader.id, "troupe": leader.troupe_name}), 201


@bp.post("/login")
def login_leader():
    payload = request.get_json(force=True)
    leader = TroupeLeader.query.filter_by(email=payload.get("email", "").strip().lower()).first()
    if leader is None or leader.failed_attempts >= TROUPE_AUTH_CONFIG["max_failed_attempts"]:
        abort(401)
    if not leader_password_matches(payload.get("password", ""), leader.password_hash):
        leader.failed_attempts += 1
        db.session.commit()
        abort(401)
    leader.failed_attempts = 0
    db.session.commit()
    login_user(leader)
    return jsonify({"id": leader.id, "troupe": leader.troupe_name})
