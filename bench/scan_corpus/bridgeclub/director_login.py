"""Sign-in for tournament directors on the scoring console."""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from hashlib import sha256 as _digest
from typing import Optional

from flask import Blueprint, abort, current_app, g, request, session

bp = Blueprint("director_auth", __name__, url_prefix="/director")


class DirectorCredentials:
    """Salted credential records for the directors table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _hash(password: str, salt: str) -> str:
        return _digest((salt + password).encode("utf-8")).hexdigest()

    def set_password(self, director_id: int, password: str) -> None:
        salt = secrets.token_hex(16)
        self._conn.execute(
            "UPDATE directors SET pw_salt = ?, pw_hash = ? WHERE id = ?",
            (salt, self._hash(password, salt), director_id),
        )
        self._conn.commit()

    def check(self, username: str, password: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT id, pw_salt, pw_hash FROM directors WHERE username = ? AND active = 1",
            (username,),
        ).fetchone()
        if row is None:
            return None
        director_id, salt, stored = row
        if hmac.compare_digest(self._hash(password, salt), stored):
            return director_id
        return None


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SCORING_DB"])
    return g.db


@bp.post("/login")
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", "")).strip()
    password = str(body.get("password", ""))
    if not username or not password:
        abort(400)
    director_id = DirectorCredentials(_db()).check(username, password)
    if director_id is None:
        abort(401)
    session.clear()
    session["director_id"] = director_id
    return {"ok": True}


@bp.post("/password")
def change_password():
    director_id = session.get("director_id")
    if director_id is None:
        abort(401)
    body = request.get_json(silent=True) or {}
    new_password = str(body.get("new_password", ""))
    if len(new_password) < 12:
        abort(400, "password must be at least 12 characters")
    DirectorCredentials(_db()).set_password(director_id, new_password)
    return {"ok": True}


@bp.post("/logout")
def logout():
    session.clear()
    return {"ok": True}
