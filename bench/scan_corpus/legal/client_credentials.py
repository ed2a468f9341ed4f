"""Password handling for external client accounts on the portal.

Encoded format: ``pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>``. Stored
hashes with a lower iteration count are upgraded on the next successful login.
"""
import hashlib
import hmac
import secrets

PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
PREFIX = "pbkdf2_sha256"


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    derived = _derive(password, salt, PBKDF2_ITERATIONS)
    return f"{PREFIX}${PBKDF2_ITERATIONS}${salt.hex()}${derived.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != PREFIX:
        return False
    iterations, salt_hex, hash_hex = int(parts[1]), parts[2], parts[3]
    candidate = _derive(password, bytes.fromhex(salt_hex), iterations)
    return hmac.compare_digest(candidate, bytes.fromhex(hash_hex))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or parts[0] != PREFIX or int(parts[1]) < PBKDF2_ITERATIONS


def login(repo, email: str, password: str):
    account = repo.find_by_email(email)
    if account is None or not verify_password(password, account.password_hash):
        return None
    if needs_rehash(account.password_hash):
        repo.update_password_hash(account.id, hash_password(password))
    return account
