import base64
import hashlib
import hmac
import os
import secrets
from hashlib import md5, sha256

import requests

import argon2
import bcrypt
from passlib.context import CryptContext
from passlib.hash import md5_crypt, pbkdf2_sha256, sha256_crypt, hex_sha256
from werkzeug.security import generate_password_hash

PEPPER = os.environ["PEPPER"]


def register(user, password):
    # ruleid: weak-password-hash
    user.password_hash = hashlib.md5(password.encode()).hexdigest()


def register_sha(form):
    # ruleid: weak-password-hash
    digest = sha256(form.password.data.encode("utf-8")).hexdigest()
    return digest


def store(raw_pwd, salt):
    # ruleid: weak-password-hash
    return hashlib.sha512((salt + raw_pwd).encode()).hexdigest()


def store_new(user, new_password):
    # ruleid: weak-password-hash
    user.pw = hashlib.new("sha256", new_password.encode()).hexdigest()


def store_fstring(username, password):
    # ruleid: weak-password-hash
    return md5(f"{username}:{password}".encode()).hexdigest()


def store_request(request):
    # ruleid: weak-password-hash
    return hashlib.sha1(request.form["password"].encode()).hexdigest()


def incremental(password, salt):
    h = hashlib.sha256()
    h.update(salt)
    # ruleid: weak-password-hash
    h.update(password.encode())
    return h.hexdigest()


def peppered(password):
    # ruleid: weak-password-hash
    return hmac.new(PEPPER.encode(), password.encode(), hashlib.sha256).hexdigest()


def hash_password(raw, salt):
    # ruleid: weak-password-hash
    return hashlib.sha3_256(salt + raw.encode()).hexdigest()


def check_password(candidate, stored):
    # ruleid: weak-password-hash
    return hashlib.blake2b(candidate.encode()).hexdigest() == stored


def hash_pin(pin):
    # ruleid: weak-password-hash
    return hashlib.sha256(pin.encode()).hexdigest()


# ok: weak-password-hash
checksum = hashlib.sha256(open("archive.tar", "rb").read()).hexdigest()


def file_etag(body):
    # ok: weak-password-hash
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def strong(password):
    # ok: weak-password-hash
    return hashlib.pbkdf2_hmac("sha256", password.encode(), os.urandom(16), 600_000)


def bcrypt_prehash(password):
    # ok: weak-password-hash
    prehashed = base64.b64encode(hashlib.sha256(password.encode()).digest())
    return bcrypt.hashpw(prehashed, bcrypt.gensalt())


def bcrypt_prehash_inline(password):
    # ok: weak-password-hash
    return bcrypt.hashpw(base64.b64encode(hashlib.sha256(password.encode()).digest()), bcrypt.gensalt())


def hash_password_argon(password):
    ph = argon2.PasswordHasher()
    # ok: weak-password-hash
    return ph.hash(hmac.new(PEPPER.encode(), password.encode(), hashlib.sha256).hexdigest())


def create_password_reset_token(user):
    token = secrets.token_urlsafe(32)
    # ok: weak-password-hash
    user.reset_token_hash = hashlib.sha256(token.encode()).hexdigest()
    return token


def hash_api_token(api_token):
    # ok: weak-password-hash
    return hashlib.sha256(api_token.encode()).hexdigest()


def bypass_cache(key):
    # ok: weak-password-hash
    return hashlib.sha1(key.encode()).hexdigest()


def set_password(user, password):
    # ok: weak-password-hash
    salt = hashlib.sha256(os.urandom(60)).hexdigest().encode()
    user.password = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    return salt


def passport_fingerprint(passport_number):
    # ok: weak-password-hash
    return hashlib.sha256(passport_number.encode()).hexdigest()


# ruleid: weak-password-hash-scheme
legacy = md5_crypt.hash("s3cret-password")
# ruleid: weak-password-hash-scheme
legacy_hex = hex_sha256.hash(user_password)
# ruleid: weak-password-hash-scheme
ctx = CryptContext(schemes=["md5_crypt", "des_crypt"])
# ruleid: weak-password-hash-scheme
stored = generate_password_hash(user_password, method="sha256")
# ruleid: weak-password-hash-scheme
stored_plain = generate_password_hash(user_password, "md5")
PASSWORD_HASHERS = [
    # ruleid: weak-password-hash-scheme
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# ok: weak-password-hash-scheme
good_ctx = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")
# ok: weak-password-hash-scheme
good = pbkdf2_sha256.hash(user_password)
# ok: weak-password-hash-scheme
good_crypt = sha256_crypt.hash(user_password)
# ok: weak-password-hash-scheme
good_werkzeug = generate_password_hash(user_password)
# ok: weak-password-hash-scheme
good_werkzeug2 = generate_password_hash(user_password, method="scrypt")


def salted_then_hashed(password, salt):
    salted = salt + password
    # ruleid: weak-password-hash
    return hashlib.sha256(salted.encode()).hexdigest()


def stretch(secret_password, salt, rounds=1000):
    digest = salt + secret_password.encode()
    for _ in range(rounds):
        # ruleid: weak-password-hash
        digest = hashlib.sha512(digest).digest()
    return digest


def ok_profile_etag(email, password):
    user = build_user(email=email, password=password)
    # ok: weak-password-hash
    return hashlib.md5(user.email.encode()).hexdigest()


_DIGEST = "sha256"


def _hash_password(password, salt):
    # ruleid: weak-password-hash
    h = hashlib.new(_DIGEST, salt + password.encode("utf-8"))
    return h.hexdigest()


DIGEST_NAME = "sha256"


def _derive(password, salt):
    h = hashlib.new(DIGEST_NAME)
    # ruleid: weak-password-hash
    h.update(salt + password.encode("utf-8"))
    return h.digest()


def _file_digest(path):
    h = hashlib.new(DIGEST_NAME)
    with open(path, "rb") as fh:
        # ok: weak-password-hash
        h.update(fh.read())
    return h.hexdigest()


class HasherSettings:
    algorithm = "sha256"


class StaffPasswordHasher:
    def __init__(self, settings):
        self.settings = settings

    def _digest(self, password, salt):
        h = hashlib.new(self.settings.algorithm)
        h.update(salt)
        # ruleid: weak-password-hash
        h.update(password.encode())
        return h.digest()


class PollWorkerCredentials:
    digest_name = "sha256"

    def _derive(self, password, salt):
        # ruleid: weak-password-hash
        return hashlib.new(self.digest_name, salt + password.encode()).hexdigest()

    def _token_digest(self, token):
        # ok: weak-password-hash
        return hashlib.new(self.digest_name, token.encode()).hexdigest()


def breach_count(password, range_url):
    # ok: weak-password-hash
    digest = hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    lines = requests.get(f"{range_url}/{prefix}", timeout=3).text.splitlines()
    return sum(int(c) for h, _, c in (line.partition(":") for line in lines) if h == suffix)


def legacy_fingerprint(password):
    # ruleid: weak-password-hash
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
    return digest


class StaffSignin:
    def _hash_passcode(self, passcode: str, salt: bytes) -> str:
        # ruleid: weak-password-hash
        return hashlib.sha256(salt + passcode.encode("utf-8")).hexdigest()


class KioskLoginHasher:
    @staticmethod
    def _stretch_input(password: str) -> bytes:
        # ok: weak-password-hash
        return base64.b64encode(hashlib.sha512(password.encode("utf-8")).digest())

    def make(self, password: str) -> bytes:
        return bcrypt.hashpw(self._stretch_input(password), bcrypt.gensalt(rounds=13))

    def check(self, password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(self._stretch_input(password), stored)


class KioskLegacyHasher:
    @staticmethod
    def _digest_input(password: str) -> str:
        # ruleid: weak-password-hash
        return hashlib.sha512(password.encode("utf-8")).hexdigest()

    def make(self, password: str) -> str:
        return self._digest_input(password)


class LockerPinIssuer:
    def __init__(self, pepper: bytes):
        self.pepper = pepper

    def _seal(self, locker_id: str, pin: str) -> str:
        # ok: weak-password-hash
        return hashlib.blake2s(f"{locker_id}:{pin}".encode(), key=self.pepper).hexdigest()

    def _seal_member_password(self, member_id: str, password: str) -> str:
        # ruleid: weak-password-hash
        return hashlib.blake2s(f"{member_id}:{password}".encode(), key=self.pepper).hexdigest()

    def issue(self, locker_id: str) -> tuple[str, str]:
        pin = f"{secrets.randbelow(10 ** 6):06d}"
        return pin, self._seal(locker_id, pin)
