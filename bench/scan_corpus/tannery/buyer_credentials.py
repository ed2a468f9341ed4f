"""Credential hashing for the buyer self-service portal (order tracking, invoices)."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
PREFIX = "scrypt"


@dataclass
class HashedCredential:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def encode(self) -> str:
        return "$".join([
            PREFIX, str(self.n), str(self.r), str(self.p),
            base64.urlsafe_b64encode(self.salt).decode(),
            base64.urlsafe_b64encode(self.key).decode(),
        ])

    @classmethod
    def decode(cls, value: str) -> "HashedCredential":
        prefix, n, r, p, salt, key = value.split("$")
        if prefix != PREFIX:
            raise ValueError("unsupported credential format")
        return cls(int(n), int(r), int(p),
                   base64.urlsafe_b64decode(salt), base64.urlsafe_b64decode(key))


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=SCRYPT_MAXMEM, dklen=32)


def hash_buyer_password(password: str) -> str:
    salt = os.urandom(16)
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return HashedCredential(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, key).encode()


def check_buyer_password(password: str, stored: str) -> bool:
    cred = HashedCredential.decode(stored)
    candidate = _derive(password, cred.salt, cred.n, cred.r, cred.p)
    return hmac.compare_digest(candidate, cred.key)


def needs_upgrade(stored: str) -> bool:
    cred = HashedCredential.decode(stored)
    return cred.n < SCRYPT_N or cred.r < SCRYPT_R
