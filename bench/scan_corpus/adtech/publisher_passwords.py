"""Password hashing for publisher portal accounts (scrypt, stdlib only)."""
import base64
import hashlib
import hmac
import os

# Parameters follow the current OWASP guidance for scrypt.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
SALT_BYTES = 16
KEY_LEN = 32
SCHEME = "scrypt"


def _kdf(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LEN,
    )


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _kdf(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "${}${}${}${}${}${}".format(
        SCHEME,
        SCRYPT_N,
        SCRYPT_R,
        SCRYPT_P,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    try:
        _, scheme, n, r, p, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != SCHEME:
        return False
    candidate = _kdf(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 7 or parts[1] != SCHEME:
        return True
    return (int(parts[2]), int(parts[3]), int(parts[4])) != (SCRYPT_N, SCRYPT_R, SCRYPT_P)
