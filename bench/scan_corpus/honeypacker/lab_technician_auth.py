"""Login support for lab technicians using the moisture-testing LIMS."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuthSettings:
    algorithm: str = "sha256"
    pbkdf2_rounds: int = 120_000
    salt_bytes: int = 16
    lockout_after: int = 5


@dataclass
class Technician:
    username: str
    full_name: str
    encoded_password: str
    failed_attempts: int = 0
    roles: list[str] = field(default_factory=list)


class PasswordCodec:
    def __init__(self, settings: AuthSettings) -> None:
        self.settings = settings

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, self.settings.pbkdf2_rounds
        )
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.pbkdf2_rounds,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        scheme, rounds, salt_b64, digest_b64 = encoded.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        candidate = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(rounds)
        )
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class TechnicianDirectory:
    def __init__(self, db_path: str, settings: AuthSettings | None = None) -> None:
        self.settings = settings or AuthSettings()
        self.codec = PasswordCodec(self.settings)
        self.conn = sqlite3.connect(db_path)

    def register(self, username: str, full_name: str, password: str) -> Technician:
        tech = Technician(username, full_name, self.codec.encode(password))
        self.conn.execute(
            "INSERT INTO technicians (username, full_name, password, failed_attempts) VALUES (?, ?, ?, 0)",
            (tech.username, tech.full_name, tech.encoded_password),
        )
        self.conn.commit()
        return tech

    def login(self, username: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT password, failed_attempts FROM technicians WHERE username = ?", (username,)
        ).fetchone()
        if row is None or row[1] >= self.settings.lockout_after:
            return False
        if self.codec.verify(password, row[0]):
            self.conn.execute("UPDATE technicians SET failed_attempts = 0 WHERE username = ?", (username,))
            self.conn.commit()
            return True
        self.conn.execute(
            "UPDATE technicians SET failed_attempts = failed_attempts + 1 WHERE username = ?", (username,)
        )
        self.conn.commit()
        return False
