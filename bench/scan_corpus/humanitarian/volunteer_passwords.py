"""Password storage for volunteer accounts on the roster service.

Format stored in ``volunteers.password_hash``::

    scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>
"""
import base64
import hashlib
import hmac
import os

SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
DKLEN = 32
_MAXMEM = 256 * 1024 * 1024


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=2 ** log2_n,
        r=r,
        p=p,
        maxmem=_MAXMEM,
        dklen=DKLEN,
    )


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    b64 = lambda b: base64.b64encode(b).decode("ascii")
    return f"scrypt${SCRYPT_LOG2_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, log2_n, r, p, salt_b64, hash_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(hash_b64)
    actual = _derive(password, base64.b64decode(salt_b64), int(log2_n), int(r), int(p))
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or parts[1:4] != [str(SCRYPT_LOG2_N), str(SCRYPT_R), str(SCRYPT_P)]
