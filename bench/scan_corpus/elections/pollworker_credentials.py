"""Credential storage for poll-worker accounts on the election-day check-in app.

Poll workers sign in on precinct tablets with a password issued by the county
clerk's office. Records live in the ``poll_workers`` table.
"""
from __future__ import annotations

import hashlib as _hl
import hmac
import secrets
from dataclasses import dataclass


@dataclass
class StoredCredential:
    worker_id: str
    salt: str
    digest: str


class PollWorkerCredentials:
    digest_name = "sha256"
    salt_bytes = 16

    def __init__(self, db):
        self._db = db

    def _derive(self, password: str, salt: bytes) -> str:
        h = _hl.new(self.digest_name, salt + password.encode("utf-8"))
        return h.hexdigest()

    def set_password(self, worker_id: str, password: str) -> StoredCredential:
        salt = secrets.token_bytes(self.salt_bytes)
        cred = StoredCredential(worker_id, salt.hex(), self._derive(password, salt))
        self._db.execute(
            "UPDATE poll_workers SET pw_salt = %s, pw_hash = %s WHERE id = %s",
            (cred.salt, cred.digest, worker_id),
        )
        return cred

    def check_password(self, worker_id: str, password: str) -> bool:
        row = self._db.fetchone(
            "SELECT pw_salt, pw_hash FROM poll_workers WHERE id = %s", (worker_id,)
        )
        if row is None:
            return False
        candidate = self._derive(password, bytes.fromhex(row[0]))
        return hmac.compare_digest(candidate, row[1])
