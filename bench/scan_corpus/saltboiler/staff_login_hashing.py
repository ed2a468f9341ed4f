"""Password hashing for works staff accounts (pan-house, lab, shop admin).

Passwords are pre-hashed with SHA-256 and base64-encoded so that long
passphrases are not truncated at bcrypt's 72-byte limit, then stored with
bcrypt at a work factor reviewed each year by the IT contractor.
"""
import base64
import hashlib
import logging

import bcrypt
from django.contrib.auth.hashers import BasePasswordHasher, mask_hash
from django.utils.crypto import constant_time_compare

logger = logging.getLogger(__name__)

BCRYPT_ROUNDS = 12


def _prehash(password: str) -> bytes:
    return base64.b64encode(hashlib.sha256(password.encode("utf-8")).digest())


class StaffBcryptSHA256Hasher(BasePasswordHasher):
    algorithm = "staff_bcrypt_sha256"
    rounds = BCRYPT_ROUNDS

    def salt(self):
        return bcrypt.gensalt(rounds=self.rounds).decode("ascii")

    def encode(self, password, salt):
        hashed = bcrypt.hashpw(_prehash(password), salt.encode("ascii"))
        return f"{self.algorithm}${hashed.decode('ascii')}"

    def verify(self, password, encoded):
        algorithm, stored = encoded.split("$", 1)
        if algorithm != self.algorithm:
            return False
        candidate = bcrypt.hashpw(_prehash(password), stored.encode("ascii"))
        return constant_time_compare(candidate.decode("ascii"), stored)

    def safe_summary(self, encoded):
        _, stored = encoded.split("$", 1)
        return {
            "algorithm": self.algorithm,
            "work factor": stored.split("$")[2],
            "checksum": mask_hash(stored[-31:]),
        }

    def must_update(self, encoded):
        _, stored = encoded.split("$", 1)
        current = int(stored.split("$")[2])
        if current < self.rounds:
            logger.info("staff hash scheduled for rehash (cost %s -> %s)", current, self.rounds)
            return True
        return False
