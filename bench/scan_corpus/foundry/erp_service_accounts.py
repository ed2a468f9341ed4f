"""Local credentials for machine accounts on the MES inbound API.

Scale terminals, the spectrometer bridge and the label printers log in with
a service-account password; the MES stores only a derived key.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


@dataclass
class StoredCredential:
    account: str
    salt: bytes
    iterations: int
    digest: bytes


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)


def enroll(account: str, password: str) -> StoredCredential:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ITERATIONS)
    return StoredCredential(account=account, salt=salt, iterations=PBKDF2_ITERATIONS, digest=digest)


def verify(cred: StoredCredential, password: str) -> bool:
    candidate = _derive(password, cred.salt, cred.iterations)
    return hmac.compare_digest(candidate, cred.digest)


def needs_rehash(cred: StoredCredential) -> bool:
    return cred.iterations < PBKDF2_ITERATIONS


def login(repo, account: str, password: str) -> bool:
    cred = repo.get(account)
    if cred is None or not verify(cred, password):
        return False
    if needs_rehash(cred):
        repo.save(enroll(account, password))
    return True
