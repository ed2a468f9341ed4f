"""PIN hashing for the sieve-shaker calibration terminals.

Lab technicians unlock a terminal with a personal PIN before they are
allowed to record amplitude and timer calibration values.
"""
import base64
import hashlib
import hmac
import secrets
from typing import NamedTuple

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


class EncodedPin(NamedTuple):
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                ALGORITHM,
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def decode(cls, value: str) -> "EncodedPin":
        algo, iters, salt, digest = value.split("$")
        if algo != ALGORITHM:
            raise ValueError(f"unsupported PIN hash {algo}")
        return cls(int(iters), base64.b64decode(salt), base64.b64decode(digest))


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    return EncodedPin(ITERATIONS, salt, _derive(pin, salt, ITERATIONS)).encode()


def verify_pin(pin: str, stored: str) -> bool:
    record = EncodedPin.decode(stored)
    candidate = _derive(pin, record.salt, record.iterations)
    return hmac.compare_digest(candidate, record.digest)


def needs_upgrade(stored: str) -> bool:
    return EncodedPin.decode(stored).iterations < ITERATIONS


class TechnicianTerminal:
    def __init__(self, repo):
        self.repo = repo

    def unlock(self, technician_id: str, pin: str) -> bool:
        stored = self.repo.pin_hash_for(technician_id)
        if stored is None or not verify_pin(pin, stored):
            return False
        if needs_upgrade(stored):
            self.repo.save_pin_hash(technician_id, hash_pin(pin))
        return True
