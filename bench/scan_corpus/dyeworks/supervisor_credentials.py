"""Credentials for shift supervisors who can release held dye batches.

Supervisors unlock batch release on the MES with a password. The MES is a
Django project; this module is plugged in as the password hasher for the
supervisor app so it does not depend on the global PASSWORD_HASHERS.
"""
import base64
import hashlib
import hmac
import secrets
from typing import NamedTuple

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ROUNDS = 870_000


class Encoded(NamedTuple):
    iterations: int
    salt: str
    digest: str


def _derive(password: str, salt: str, iterations: int) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return base64.b64encode(dk).decode("ascii").strip()


def make_supervisor_password(password: str, iterations: int = PBKDF2_ROUNDS) -> str:
    salt = secrets.token_hex(12)
    return f"{ALGORITHM}${iterations}${salt}${_derive(password, salt, iterations)}"


def parse(encoded: str) -> Encoded:
    algorithm, iterations, salt, digest = encoded.split("$", 3)
    if algorithm != ALGORITHM:
        raise ValueError(f"unexpected algorithm {algorithm}")
    return Encoded(int(iterations), salt, digest)


def check_supervisor_password(password: str, encoded: str) -> bool:
    parts = parse(encoded)
    candidate = _derive(password, parts.salt, parts.iterations)
    return hmac.compare_digest(candidate, parts.digest)


def needs_upgrade(encoded: str) -> bool:
    return parse(encoded).iterations < PBKDF2_ROUNDS


def release_batch(supervisor, batch, password: str) -> bool:
    if not check_supervisor_password(password, supervisor.password):
        return False
    if needs_upgrade(supervisor.password):
        supervisor.password = make_supervisor_password(password)
        supervisor.save(update_fields=["password"])
    batch.status = "released"
    batch.released_by = supervisor
    batch.save(update_fields=["status", "released_by"])
    return True
