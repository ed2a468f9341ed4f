"""Operator account storage for the fleet console.

Operators log in to the web console to dispatch missions and acknowledge
robot faults. Passwords are hashed through passlib so that we can migrate
schemes later without forcing everyone to reset.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from passlib.context import CryptContext

HASH_SETTINGS = {
    "schemes": ["pbkdf2_sha256"],
    "deprecated": "auto",
    "pbkdf2_sha256__default_rounds": 29000,
}

_pwd_context = CryptContext(**HASH_SETTINGS)


@dataclass
class Operator:
    username: str
    password_hash: str
    site_id: str
    is_supervisor: bool = False


class OperatorStore:
    """Thin repository over the ``operators`` table (sqlite in dev, Postgres in prod)."""

    def __init__(self, db):
        self._db = db

    def create(self, username: str, password: str, site_id: str, supervisor: bool = False) -> Operator:
        op = Operator(
            username=username.strip().lower(),
            password_hash=_pwd_context.hash(password),
            site_id=site_id,
            is_supervisor=supervisor,
        )
        self._db.execute(
            "INSERT INTO operators (username, password_hash, site_id, is_supervisor) VALUES (?, ?, ?, ?)",
            (op.username, op.password_hash, op.site_id, op.is_supervisor),
        )
        return op

    def authenticate(self, username: str, password: str) -> Optional[Operator]:
        row = self._db.execute(
            "SELECT username, password_hash, site_id, is_supervisor FROM operators WHERE username = ?",
            (username.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        ok, new_hash = _pwd_context.verify_and_update(password, row[1])
        if not ok:
            return None
        if new_hash:
            self._db.execute(
                "UPDATE operators SET password_hash = ? WHERE username = ?", (new_hash, row[0])
            )
            row = (row[0], new_hash, row[2], row[3])
        return Operator(*row)
