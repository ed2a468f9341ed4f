"""Password storage for customer accounts that don't use social login.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the work
factor can be raised later; ``needs_rehash`` is checked on every login.
"""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 870_000
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(data: str) -> bytes:
    return base64.b64decode(data + "=" * (-len(data) % 4))


def make_password(raw_password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", raw_password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", raw_password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(digest, _unb64(expected))


def needs_rehash(encoded: str) -> bool:
    algorithm, iterations, *_ = encoded.split("$", 3)
    return algorithm != ALGORITHM or int(iterations) < ITERATIONS


def login(customer, raw_password: str, save) -> bool:
    if not customer.password_hash or not check_password(raw_password, customer.password_hash):
        return False
    if needs_rehash(customer.password_hash):
        customer.password_hash = make_password(raw_password)
        save(customer)
    return True
