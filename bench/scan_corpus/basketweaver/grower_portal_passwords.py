"""Password hashing for the grower portal.

Willow growers log in to confirm harvest quantities for the coming season
and pick delivery dates for their bolts. Hashes are stored as a single
"$"-separated string so the cost can be raised later without a migration.
"""
import base64
import hashlib
from hmac import compare_digest as same
from secrets import token_bytes

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
PREFIX = "scrypt"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=32)


def hash_password(password: str) -> str:
    salt = token_bytes(16)
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join([PREFIX, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)])


def verify_password(password: str, stored: str) -> bool:
    try:
        prefix, n, r, p, salt, key = stored.split("$")
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    candidate = _derive(password, _unb64(salt), int(n), int(r), int(p))
    return same(candidate, _unb64(key))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != PREFIX:
        return True
    return int(parts[1]) < SCRYPT_N or int(parts[2]) < SCRYPT_R


def login_grower(repo, email: str, password: str):
    grower = repo.find_by_email(email.strip().lower())
    if grower is None or not verify_password(password, grower.password_hash):
        return None
    if needs_rehash(grower.password_hash):
        repo.update_password_hash(grower.id, hash_password(password))
    return grower
