"""User account management for the LIMS web console.

Accounts are stored in the ``lims_users`` table; this module only deals with
credential handling and is shared by the admin CLI and the web login view.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

# Hashing parameters, tuned when the console still ran on the bench PCs.
PASSWORD_HASH_NAME = "sha256"
PASSWORD_ITERATIONS = 50_000
SALT_BYTES = 16


@dataclass
class StoredCredential:
    salt: bytes
    digest: bytes
    iterations: int


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PASSWORD_HASH_NAME, password.encode("utf-8"), salt, iterations)


def make_credential(password: str) -> StoredCredential:
    salt = os.urandom(SALT_BYTES)
    return StoredCredential(salt, _derive(password, salt, PASSWORD_ITERATIONS), PASSWORD_ITERATIONS)


def check_password(password: str, stored: StoredCredential) -> bool:
    candidate = _derive(password, stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


def set_password(engine: Engine, username: str, password: str) -> None:
    cred = make_credential(password)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE lims_users SET pw_salt = :salt, pw_hash = :digest, pw_iter = :iter "
                "WHERE username = :username"
            ),
            {"salt": cred.salt, "digest": cred.digest, "iter": cred.iterations, "username": username},
        )


def load_credential(engine: Engine, username: str) -> StoredCredential | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT pw_salt, pw_hash, pw_iter FROM lims_users WHERE username = :u"),
            {"u": username},
        ).one_or_none()
    if row is None:
        return None
    return StoredCredential(bytes(row.pw_salt), bytes(row.pw_hash), int(row.pw_iter))
