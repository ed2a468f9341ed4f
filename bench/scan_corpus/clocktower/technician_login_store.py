"""Login store for workshop technicians on the bench-test terminals."""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("clocktower.bench.logins")


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


KDF = KdfSettings()


def make_hash(password: str, settings: KdfSettings = KDF) -> str:
    salt = secrets.token_bytes(settings.salt_len)
    dk = hashlib.pbkdf2_hmac(settings.digest, password.encode("utf-8"), salt, settings.iterations)
    return "$".join(
        [
            settings.digest,
            str(settings.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(dk).decode("ascii"),
        ]
    )


def check_hash(password: str, stored: str) -> bool:
    digest, iterations, salt_b64, dk_b64 = stored.split("$")
    dk = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


class BenchLoginStore:
    def __init__(self, path: Path):
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS bench_users ("
            "username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, bench TEXT NOT NULL)"
        )

    def enrol(self, username: str, password: str, bench: str) -> None:
        self.db.execute(
            "INSERT INTO bench_users (username, password_hash, bench) VALUES (?, ?, ?)",
            (username, make_hash(password), bench),
        )
        self.db.commit()
        log.info("enrolled %s on bench %s", username, bench)

    def login(self, username: str, password: str) -> str | None:
        row = self.db.execute(
            "SELECT password_hash, bench FROM bench_users WHERE username = ?", (username,)
        ).fetchone()
        if row is None or not check_hash(password, row[0]):
            log.info("bench login refused for %s", username)
            return None
        if int(row[0].split("$")[1]) < KDF.iterations:
            self.db.execute(
                "UPDATE bench_users SET password_hash = ? WHERE username = ?",
                (make_hash(password), username),
            )
            self.db.commit()
        return row[1]
