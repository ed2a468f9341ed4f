"""Password handling for the reed and straw supplier portal.

Growers and merchants who supply water reed, combed wheat reed and long
straw log in to confirm harvest volumes and delivery slots. Their portal
passwords are hashed with bcrypt using the work factor from app config.
"""

import os
from dataclasses import dataclass, field

import bcrypt
from flask import Blueprint, abort, jsonify, request

from thatcher.db import get_supplier_by_login, save_supplier_password


@dataclass(frozen=True)
class HashingConfig:
    rounds: int = field(default_factory=lambda: int(os.environ.get("SUPPLIER_BCRYPT_ROUNDS", "6")))
    min_length: int = 10


CONFIG = HashingConfig()

bp = Blueprint("supplier_auth", __name__, url_prefix="/suppliers")


def hash_supplier_password(plain: str, config: HashingConfig = CONFIG) -> bytes:
    if len(plain) < config.min_length:
        raise ValueError("Password too short")
    salt = bcrypt.gensalt(rounds=config.rounds)
    return bcrypt.hashpw(plain.encode("utf-8"), salt)


def supplier_password_matches(plain: str, stored_hash: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), stored_hash)


@bp.post("/password")
def change_password():
    body = request.get_json(force=True)
    supplier = get_supplier_by_login(body.get("login", ""))
    if supplier is None:
        abort(404)
    if not supplier_password_matches(body.get("current", ""), supplier.password_hash):
        abort(403)
    try:
        new_hash = hash_supplier_password(body.get("new", ""))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    save_supplier_password(supplier.id, new_hash)
    return jsonify(status="updated")
