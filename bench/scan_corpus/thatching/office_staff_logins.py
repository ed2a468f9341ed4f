"""Office staff logins for the quoting and scheduling back office.

Hashes use PBKDF2-HMAC-SHA256 from the standard library so the back office has
no compiled dependencies on the old office PC that runs it.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


KDF = KdfSettings()


def encode_hash(password: str, salt: bytes | None = None, kdf: KdfSettings = KDF) -> str:
    salt = salt if salt is not None else os.urandom(kdf.salt_bytes)
    digest = hashlib.pbkdf2_hmac(kdf.algorithm, password.encode("utf-8"), salt, kdf.iterations)
    return "pbkdf2_{}${}${}${}".format(
        kdf.algorithm, kdf.iterations,
        base64.b64encode(salt).decode(), base64.b64encode(digest).decode(),
    )


def verify_hash(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, _ = encoded.split("$")
    kdf = KdfSettings(algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations))
    recomputed = encode_hash(password, base64.b64decode(salt_b64), kdf)
    return hmac.compare_digest(recomputed, encoded)


class StaffDirectory:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS staff (id INTEGER PRIMARY KEY, login TEXT UNIQUE, "
            "display_name TEXT, pw TEXT, role TEXT DEFAULT 'office')"
        )

    def add(self, login: str, display_name: str, password: str, role: str = "office") -> None:
        self.conn.execute(
            "INSERT INTO staff (login, display_name, pw, role) VALUES (?, ?, ?, ?)",
            (login, display_name, encode_hash(password), role),
        )
        self.conn.commit()

    def check(self, login: str, password: str) -> dict | None:
        row = self.conn.execute(
            "SELECT id, display_name, pw, role FROM staff WHERE login = ?", (login,)
        ).fetchone()
        if row is None or not verify_hash(password, row[2]):
            return None
        if int(row[2].split("$")[1]) < KDF.iterations:
            self.conn.execute("UPDATE staff SET pw = ? WHERE id = ?", (encode_hash(password), row[0]))
            self.conn.commit()
        return {"id": row[0], "name": row[1], "role": row[3]}
