"""Password storage for press portal accounts (journalists and publicists).

Kept on stdlib PBKDF2 because the press portal runs on a locked-down host
where compiled wheels are not allowed.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PressKdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    database_path: str = os.environ.get("PRESS_ACCOUNTS_DB", "press_accounts.db")


KDF = PressKdfSettings()


def make_hash(password: str, settings: PressKdfSettings = KDF) -> str:
    salt = secrets.token_bytes(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(settings.algorithm, password.encode("utf-8"), salt, settings.iterations)
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(dk).decode("ascii"),
    )


def verify_hash(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def needs_upgrade(encoded: str, settings: PressKdfSettings = KDF) -> bool:
    return int(encoded.split("$")[1]) < settings.iterations


class PressAccounts:
    def __init__(self, path: str = KDF.database_path) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS press_accounts ("
            " email TEXT PRIMARY KEY, outlet TEXT NOT NULL, password_hash TEXT NOT NULL)"
        )

    def add(self, email: str, outlet: str, password: str) -> None:
        self.conn.execute(
            "INSERT INTO press_accounts (email, outlet, password_hash) VALUES (?, ?, ?)",
            (email.lower(), outlet, make_hash(password)),
        )
        self.conn.commit()

    def login(self, email: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT password_hash FROM press_accounts WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None or not verify_hash(password, row[0]):
            return False
        if needs_upgrade(row[0]):
            self.conn.execute(
                "UPDATE press_accounts SET password_hash = ? WHERE email = ?",
                (make_hash(password), email.lower()),
            )
            self.conn.commit()
        return True
