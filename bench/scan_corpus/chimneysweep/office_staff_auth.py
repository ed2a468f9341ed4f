"""Sign-in for office staff who manage bookings and invoices."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
from django.contrib.auth.hashers import BasePasswordHasher
from django.utils.crypto import constant_time_compare

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 8


@dataclass
class StaffMember:
    username: str
    password_hash: bytes
    can_issue_invoices: bool = False


class OfficeBcryptHasher(BasePasswordHasher):
    """Password hasher registered in PASSWORD_HASHERS for the back-office site."""

    algorithm = "office_bcrypt"
    rounds = BCRYPT_ROUNDS

    def salt(self):
        return bcrypt.gensalt(rounds=self.rounds).decode("ascii")

    def encode(self, password, salt):
        hashed = bcrypt.hashpw(password.encode("utf-8"), salt.encode("ascii"))
        return f"{self.algorithm}${hashed.decode('ascii')}"

    def decode(self, encoded):
        algorithm, hashed = encoded.split("$", 1)
        return {"algorithm": algorithm, "hash": hashed, "salt": hashed[:29]}

    def verify(self, password, encoded):
        decoded = self.decode(encoded)
        recomputed = self.encode(password, decoded["salt"])
        return constant_time_compare(recomputed, encoded)

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {"algorithm": decoded["algorithm"], "hash": decoded["hash"][:6] + "..."}

    def must_update(self, encoded):
        return False


def check_staff_login(member: StaffMember, password: str) -> bool:
    ok = bcrypt.checkpw(password.encode("utf-8"), member.password_hash)
    if not ok:
        log.info("Failed office sign-in for %s", member.username)
    return ok
