"""Credential handling for QC lab staff accounts in the moisture-testing LIMS."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class CredentialPolicy:
    algorithm: str = "sha256"
    pbkdf2_rounds: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


class Pbkdf2Hasher:
    prefix = "pbkdf2"

    def __init__(self, policy: CredentialPolicy) -> None:
        self.policy = policy

    def hash(self, password: str) -> str:
        if len(password) < self.policy.min_length:
            raise ValueError(f"password must be at least {self.policy.min_length} characters")
        salt = os.urandom(self.policy.salt_bytes)
        dk = hashlib.pbkdf2_hmac(self.policy.algorithm, password.encode("utf-8"), salt, self.policy.pbkdf2_rounds)
        return "$".join(
            [
                f"{self.prefix}_{self.policy.algorithm}",
                str(self.policy.pbkdf2_rounds),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(dk).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        scheme, rounds, salt_b64, dk_b64 = encoded.split("$")
        algorithm = scheme.split("_", 1)[1]
        dk = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    def outdated(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self.policy.pbkdf2_rounds


class LabStaffAccounts:
    def __init__(self, db_path: str, policy: CredentialPolicy | None = None) -> None:
        self.hasher = Pbkdf2Hasher(policy or CredentialPolicy())
        self.conn = sqlite3.connect(db_path)

    def add(self, username: str, password: str, role: str = "technician") -> None:
        self.conn.execute(
            "INSERT INTO lab_staff (username, password, role) VALUES (?, ?, ?)",
            (username, self.hasher.hash(password), role),
        )
        self.conn.commit()

    def check(self, username: str, password: str) -> bool:
        row = self.conn.execute("SELECT password FROM lab_staff WHERE username = ?", (username,)).fetchone()
        if row is None or not self.hasher.verify(password, row[0]):
            return False
        if self.hasher.outdated(row[0]):
            self.conn.execute(
                "UPDATE lab_staff SET password = ? WHERE username = ?", (self.hasher.hash(password), username)
            )
            self.conn.commit()
        return True
