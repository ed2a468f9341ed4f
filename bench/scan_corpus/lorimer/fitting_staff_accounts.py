"""Accounts for the fitting team who visit yards to measure horses' mouths."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 720_000
SALT_BYTES = 16


@dataclass(frozen=True)
class EncodedPassword:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def __str__(self) -> str:
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(self.salt).decode(),
                base64.b64encode(self.digest).decode(),
            ]
        )

    @classmethod
    def parse(cls, value: str) -> "EncodedPassword":
        algorithm, iterations, salt, digest = value.split("$")
        return cls(algorithm, int(iterations), base64.b64decode(salt), base64.b64decode(digest))


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    return str(EncodedPassword(ALGORITHM, ITERATIONS, salt, _derive(password, salt, ITERATIONS)))


def check_password(password: str, encoded: str) -> bool:
    stored = EncodedPassword.parse(encoded)
    if stored.algorithm != ALGORITHM:
        return False
    candidate = _derive(password, stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def needs_upgrade(encoded: str) -> bool:
    return EncodedPassword.parse(encoded).iterations < ITERATIONS


class FitterDirectory:
    def __init__(self, store):
        self.store = store

    def enrol(self, email: str, region: str, password: str) -> None:
        self.store.save(email=email, region=region, password=make_password(password))

    def login(self, email: str, password: str) -> bool:
        record = self.store.find(email)
        if record is None or not check_password(password, record["password"]):
            return False
        if needs_upgrade(record["password"]):
            self.store.update(email, password=make_password(password))
        return True
