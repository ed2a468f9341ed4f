import hashlib
import os

from Crypto.Protocol.KDF import scrypt as kdf_scrypt
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from passlib.hash import scrypt as passlib_scrypt
from werkzeug.security import generate_password_hash

# ruleid: weak-scrypt-cost
SCRYPT_N = 2**10


def hash_password(password: str, salt: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    return hashlib.scrypt(password.encode(), salt=salt, n=1024, r=8, p=1)


def hash_password_const(password: str, salt: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    return hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=8, p=1, dklen=64)


def hash_password_shift(password: str, salt: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    return hashlib.scrypt(password.encode(), salt=salt, n=1 << 12, r=8, p=1)


def derive_key(password: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    kdf = Scrypt(salt=os.urandom(16), length=32, n=2**8, r=8, p=1)
    return kdf.derive(password)


def derive_key_positional(password: bytes, salt: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    kdf = Scrypt(salt, 32, 4096, 8, 1)
    return kdf.derive(password)


# ruleid: weak-scrypt-cost
hasher = passlib_scrypt.using(rounds=10)
# ruleid: weak-scrypt-cost
werk = generate_password_hash("pw", method="scrypt:1024:8:1")


def ok_hash_password(password: str, salt: bytes) -> bytes:
    # ok: weak-scrypt-cost
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def ok_hash_password_big(password: str, salt: bytes) -> bytes:
    # ok: weak-scrypt-cost
    return hashlib.scrypt(password.encode(), salt=salt, n=131072, r=8, p=1, maxmem=256 * 1024 * 1024)


def ok_derive_key(password: bytes) -> bytes:
    # ok: weak-scrypt-cost
    kdf = Scrypt(salt=os.urandom(16), length=32, n=2**17, r=8, p=1)
    return kdf.derive(password)


# ok: weak-scrypt-cost
ok_hasher = passlib_scrypt.using(rounds=16)
# ok: weak-scrypt-cost
ok_werk = generate_password_hash("pw", method="scrypt:32768:8:1")
# ok: weak-scrypt-cost
ok_werk_default = generate_password_hash("pw", method="scrypt")


# ruleid: weak-scrypt-cost
SCRYPT_PARAMS = {"n": 2**10, "r": 1, "p": 1, "dklen": 32}
# ok: weak-scrypt-cost
STRONG_SCRYPT_PARAMS = {"n": 2**17, "r": 8, "p": 1, "dklen": 32}


def hash_passcode(passcode, salt):
    return hashlib.scrypt(passcode.encode("utf-8"), salt=salt, **SCRYPT_PARAMS)


# ruleid: weak-scrypt-cost
SCRYPT_COST = 2 ** 10
SCRYPT_R = 8
# ok: weak-scrypt-cost
KDF_N = 2 ** 17
# ok: weak-scrypt-cost
N = 2 ** 15


def _derive(password: str, salt: bytes, n: int, r: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=1, dklen=32)


def hash_portal_password(password: str, salt: bytes) -> bytes:
    return _derive(password, salt, SCRYPT_COST, SCRYPT_R)


def derive_member_key(password: str, salt: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    return kdf_scrypt(password, salt, 32, 1024, 8, 1)


def derive_vault_key(password: str, salt: bytes) -> bytes:
    # ruleid: weak-scrypt-cost
    return kdf_scrypt(password, salt, key_len=32, N=2**12, r=8, p=1)


def derive_archive_key(password: str, salt: bytes) -> bytes:
    # ok: weak-scrypt-cost
    return kdf_scrypt(password, salt, key_len=32, N=2**17, r=8, p=1)
