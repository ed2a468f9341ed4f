"""scrypt-based hashing of account passphrases for the self-hosted edition."""
import base64
import hashlib
import hmac
import os

N, R, P = 2**17, 8, 1
DKLEN = 32
MAXMEM = 256 * 1024 * 1024


def hash_passphrase(passphrase: str) -> str:
    salt = os.urandom(16)
    key = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM, dklen=DKLEN
    )
    return "scrypt${}${}${}${}${}".format(
        N, R, P, base64.b64encode(salt).decode(), base64.b64encode(key).decode()
    )


def verify_passphrase(passphrase: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = encoded.split("$")
        n, r, p = int(n), int(r), int(p)
    except ValueError:
        return False
    if scheme != "scrypt" or n < N or r < R:
        return False
    key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=base64.b64decode(salt_b64),
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r,
        dklen=DKLEN,
    )
    return hmac.compare_digest(key, base64.b64decode(key_b64))
