"""Operator accounts for the hoist control console backend.

Only certified motor operators may arm and run chain hoists from the
console; each operator signs in with their own account.
"""
import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request

from .db import get_db

log = logging.getLogger(__name__)
bp = Blueprint("operators", __name__, url_prefix="/api/operators")

BCRYPT_ROUNDS = 8


class OperatorPasswords:
    def __init__(self, rounds: int = BCRYPT_ROUNDS, encoding: str = "utf-8"):
        self.rounds = rounds
        self.encoding = encoding

    def hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.rounds)
        return bcrypt.hashpw(password.encode(self.encoding), salt).decode("ascii")

    def check(self, password: str, stored: str) -> bool:
        return bcrypt.checkpw(password.encode(self.encoding), stored.encode("ascii"))


passwords = OperatorPasswords()


@bp.post("")
def create_operator():
    body = request.get_json(force=True)
    name, password = body.get("name", "").strip(), body.get("password", "")
    if not name or len(password) < 12:
        abort(400, "name and a password of 12+ characters are required")
    db = get_db()
    db.execute(
        "INSERT INTO operators (name, cert_level, pw_hash) VALUES (?, ?, ?)",
        (name, body.get("cert_level", "L1"), passwords.hash(password)),
    )
    db.commit()
    log.info("created console operator %s", name)
    return jsonify({"name": name}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    name = body.get("name", "")
    row = get_db().execute(
        "SELECT id, name, cert_level, pw_hash FROM operators WHERE name = ?", (name,)
    ).fetchone()
    if row is None or not passwords.check(body.get("password", ""), row["pw_hash"]):
        log.warning("console login failed for %s", name)
        abort(401)
    return jsonify({"id": row["id"], "name": row["name"], "cert_level": row["cert_level"]})
