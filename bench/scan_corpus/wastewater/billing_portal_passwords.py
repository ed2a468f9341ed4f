"""Argon2id password storage for the household billing portal (Flask-Login user loader)."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_login import UserMixin
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

ARGON2_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4, "hash_len": 32}


class PortalPasswords:
    def __init__(self, **overrides: int) -> None:
        self._hasher = PasswordHasher(**{**ARGON2_PARAMS, **overrides})

    def hash(self, raw: str) -> str:
        return self._hasher.hash(raw)

    def verify(self, stored: str, raw: str) -> bool:
        try:
            return self._hasher.verify(stored, raw)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)


passwords = PortalPasswords()


class Householder(UserMixin, db.Model):
    __tablename__ = "householders"

    id = db.Column(db.Integer, primary_key=True)
    account_no = db.Column(db.String(20), unique=True, nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(200), nullable=False)

    def set_password(self, raw: str) -> None:
        if len(raw) < 10:
            raise ValueError("password must be at least 10 characters")
        self.password_hash = passwords.hash(raw)

    def check_password(self, raw: str) -> bool:
        if not passwords.verify(self.password_hash, raw):
            return False
        if passwords.needs_rehash(self.password_hash):
            self.password_hash = passwords.hash(raw)
            db.session.commit()
        return True
