from dataclasses import dataclass
import hashlib
import os

from Crypto.Hash import SHA256, SHA512
from Crypto.Protocol.KDF import PBKDF2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from passlib.context import CryptContext
from passlib.hash import pbkdf2_sha256
from werkzeug.security import generate_password_hash

# ruleid: weak-pbkdf2-iterations
ITERATIONS = 100_000
STRONG_ITERATIONS = 600_000


def hash_password(password: str, salt: bytes) -> bytes:
    # ruleid: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100000)


def hash_password_const(password: str) -> bytes:
    salt = os.urandom(16)
    # ruleid: weak-pbkdf2-iterations
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


def hash_password_kw(password: str, salt: bytes) -> bytes:
    # ruleid: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac(hash_name="sha256", password=password.encode(), salt=salt, iterations=10_000)


def hash_password_sha512(password: str, salt: bytes) -> bytes:
    # ruleid: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 100_000)


def hash_password_sha1(password: str, salt: bytes) -> bytes:
    # ruleid: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000)


def derive_key(password: bytes, salt: bytes) -> bytes:
    # ruleid: weak-pbkdf2-iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=390000)
    return kdf.derive(password)


def derive_key_local(password: bytes, salt: bytes) -> bytes:
    rounds = 48000
    # ruleid: weak-pbkdf2-iterations
    kdf = PBKDF2HMAC(hashes.SHA256(), 32, salt, rounds)
    return kdf.derive(password)


# ruleid: weak-pbkdf2-iterations
hasher = pbkdf2_sha256.using(rounds=29000)
# ruleid: weak-pbkdf2-iterations
pwd_context = CryptContext(schemes=["pbkdf2_sha256"], pbkdf2_sha256__default_rounds=50000)
# ruleid: weak-pbkdf2-iterations
werk = generate_password_hash("pw", method="pbkdf2:sha256:260000")


class FastHasher(PBKDF2PasswordHasher):
    # ruleid: weak-pbkdf2-iterations
    iterations = 1000


def ok_hash_password(password: str, salt: bytes) -> bytes:
    # ok: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def ok_hash_password_const(password: str, salt: bytes) -> bytes:
    # ok: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, STRONG_ITERATIONS)


def ok_sha512(password: str, salt: bytes) -> bytes:
    # ok: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 210_000)


def ok_derive_key(password: bytes, salt: bytes) -> bytes:
    # ok: weak-pbkdf2-iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1_200_000)
    return kdf.derive(password)


def ok_derive_key_512(password: bytes, salt: bytes) -> bytes:
    # ok: weak-pbkdf2-iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA512(), length=32, salt=salt, iterations=210000)
    return kdf.derive(password)


# ok: weak-pbkdf2-iterations
ok_hasher = pbkdf2_sha256.using(rounds=600000)
# ok: weak-pbkdf2-iterations
ok_default = pbkdf2_sha256.hash("pw")
# ok: weak-pbkdf2-iterations
ok_werk = generate_password_hash("pw", method="pbkdf2:sha256:1000000")
# ok: weak-pbkdf2-iterations
ok_werk_default = generate_password_hash("pw", method="pbkdf2:sha256")


class StrongHasher(PBKDF2PasswordHasher):
    # ok: weak-pbkdf2-iterations
    iterations = 1_000_000


_HASH_SETTINGS = {
    "schemes": ["pbkdf2_sha256"],
    # ruleid: weak-pbkdf2-iterations
    "pbkdf2_sha256__default_rounds": 8000,
}

_STRONG_SETTINGS = {
    "schemes": ["pbkdf2_sha256"],
    # ok: weak-pbkdf2-iterations
    "pbkdf2_sha256__default_rounds": 600000,
}


# ruleid: weak-pbkdf2-iterations
DEFAULT_ITERATIONS = 60_000


def hash_clinician_password(password, salt, iterations: int = DEFAULT_ITERATIONS):
    # ruleid: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)


def hash_strong(password, salt, iterations: int = 700_000):
    # ok: weak-pbkdf2-iterations
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)


class Hasher:
    # ruleid: weak-pbkdf2-iterations
    rounds = 1000

    def hash(self, password, salt):
        # ruleid: weak-pbkdf2-iterations
        return hashlib.pbkdf2_hmac("sha256", password, salt, self.rounds)


HASH_SETTINGS = {
    "algorithm": "pbkdf2_sha256",
    # ruleid: weak-pbkdf2-iterations
    "iterations": 120_000,
    "length": 32,
}
STRONG_HASH_SETTINGS = {
    "algorithm": "pbkdf2_sha256",
    # ok: weak-pbkdf2-iterations
    "iterations": 600_000,
}


def _kdf(salt):
    return PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=HASH_SETTINGS["iterations"])


def derive_staff_key(password, salt):
    # ruleid: weak-pbkdf2-iterations
    return PBKDF2(password, salt, dkLen=32, count=100_000, hmac_hash_module=SHA256)


def derive_legacy_key(password, salt):
    # ruleid: weak-pbkdf2-iterations
    return PBKDF2(password, salt, 32)


def derive_archive_key(password, salt):
    # ruleid: weak-pbkdf2-iterations
    return PBKDF2(password, salt, 32, 50_000)


def derive_vault_key(password, salt):
    # ok: weak-pbkdf2-iterations
    return PBKDF2(password, salt, dkLen=32, count=600_000, hmac_hash_module=SHA256)


def derive_sha512_key(password, salt):
    # ok: weak-pbkdf2-iterations
    return PBKDF2(password, salt, dkLen=64, count=250_000, hmac_hash_module=SHA512)


def derive_weak_sha512_key(password, salt):
    # ruleid: weak-pbkdf2-iterations
    return PBKDF2(password, salt, dkLen=64, count=100_000, hmac_hash_module=SHA512)


def derive_with(password, salt, **options):
    # ok: weak-pbkdf2-iterations
    return PBKDF2(password, salt, **options)


import dataclasses  # noqa: E402


@dataclasses.dataclass(frozen=True)
class KdfProfile:
    name: str
    digest: str
    iterations: int
    salt_bytes: int = 16


@dataclasses.dataclass(frozen=True)
class BcryptProfile:
    name: str
    rounds: int


PROFILES = {
    # ruleid: weak-pbkdf2-iterations
    "portal-v2": KdfProfile("portal-v2", "sha256", 12_000),
    # ok: weak-pbkdf2-iterations
    "portal-v3": KdfProfile("portal-v3", "sha256", 720_000),
    # ruleid: weak-pbkdf2-iterations
    "kiosk-v1": KdfProfile(name="kiosk-v1", digest="sha256", iterations=20_000),
    # ok: weak-pbkdf2-iterations
    "legacy-bcrypt": BcryptProfile("legacy-bcrypt", 12),
}


def derive_profile(password, salt, profile):
    return hashlib.pbkdf2_hmac(profile.digest, password.encode(), salt, profile.iterations)


@dataclass(frozen=True)
class VaultHashingProfile:
    # ruleid: weak-pbkdf2-iterations
    rounds: int = 20_000
    salt_size: int = 16


@dataclass(frozen=True)
class ArchiveHashingProfile:
    # ok: weak-pbkdf2-iterations
    rounds: int = 600_000
    salt_size: int = 16


VAULT_PROFILE = VaultHashingProfile()
_vault_hasher = pbkdf2_sha256.using(rounds=VAULT_PROFILE.rounds, salt_size=VAULT_PROFILE.salt_size)


class BuyerHashingSettings:
    algorithm = "sha256"
    # ruleid: weak-pbkdf2-iterations
    iterations = 100_000
    # ok: weak-pbkdf2-iterations
    salt_bytes = 16


class BuyerPasswordStore:
    def __init__(self, hashing=BuyerHashingSettings):
        self.hashing = hashing

    def derive(self, password, salt):
        return hashlib.pbkdf2_hmac(self.hashing.algorithm, password.encode(), salt, self.hashing.iterations)


class KeypadCredentialStore:
    # ruleid: weak-pbkdf2-iterations
    def __init__(self, db, work_factor_rounds: int = 2_000, salt_len: int = 16):
        self.db = db
        self.work_factor_rounds = work_factor_rounds
        self.salt_len = salt_len

    def _stretch(self, secret, salt, count):
        return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, count)

    def enrol(self, user, secret):
        salt = os.urandom(self.salt_len)
        return self._stretch(secret, salt, self.work_factor_rounds)


class HardenedKeypadStore:
    # ok: weak-pbkdf2-iterations
    def __init__(self, db, rounds: int = 650_000, retries: int = 3):
        self.db = db
        self.rounds = rounds
        self.retries = retries
