"""Password hashing for merchant portal users.

Format: ``scrypt$<log2_n>$<r>$<p>$<salt_b64>$<hash_b64>``. Parameters are stored
per record so they can be tuned without a forced reset.
"""
import base64
import hashlib
import hmac
import secrets

SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
DKLEN = 32


def _scrypt(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=DKLEN,
    )


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        [
            "scrypt",
            str(SCRYPT_LOG2_N),
            str(SCRYPT_R),
            str(SCRYPT_P),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, log2_n, r, p, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = _scrypt(password, base64.b64decode(salt_b64), int(log2_n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    _, log2_n, r, p, *_ = encoded.split("$")
    return (int(log2_n), int(r), int(p)) < (SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
