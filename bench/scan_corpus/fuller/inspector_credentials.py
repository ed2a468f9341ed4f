"""Login for the quality inspection (perching) stations.

Inspectors record burls, slubs and uneven felting against each piece, so
every entry has to be tied to an authenticated inspector.
"""
from flask import Blueprint, abort, jsonify, request, session
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from .db import get_inspector, save_inspector_hash

bp = Blueprint("inspectors", __name__, url_prefix="/inspectors")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


def hash_inspector_password(raw: str) -> str:
    if len(raw) < 10:
        raise ValueError("password must be at least 10 characters")
    return _hasher.hash(raw)


def _check(stored_hash: str, raw: str) -> bool:
    try:
        return _hasher.verify(stored_hash, raw)
    except (VerifyMismatchError, InvalidHashError):
        return False


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    inspector = get_inspector(data.get("inspector_id", ""))
    if inspector is None or not _check(inspector.password_hash, data.get("password", "")):
        abort(401)
    if _hasher.check_needs_rehash(inspector.password_hash):
        save_inspector_hash(inspector.id, _hasher.hash(data["password"]))
    session.clear()
    session["inspector_id"] = inspector.id
    return jsonify({"inspector": inspector.id, "station": inspector.station})


@bp.post("/password")
def change_password():
    inspector_id = session.get("inspector_id")
    if inspector_id is None:
        abort(401)
    data = request.get_json(silent=True) or {}
    inspector = get_inspector(inspector_id)
    if not _check(inspector.password_hash, data.get("current", "")):
        abort(403)
    save_inspector_hash(inspector_id, hash_inspector_password(data.get("new", "")))
    return jsonify({"status": "updated"})
