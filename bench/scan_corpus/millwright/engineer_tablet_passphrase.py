"""Passphrases that unlock the offline inspection database on engineer tablets.

The depot server stores a scrypt hash per engineer; tablets fetch it
during the morning sync so that engineers can sign in at remote mills
without mobile coverage.
"""
import base64
import hashlib
import hmac
import os
from typing import NamedTuple

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
KEY_LEN = 32


class PassphraseRecord(NamedTuple):
    salt: str
    digest: str
    n: int

    def encode(self) -> str:
        return f"scrypt${self.n}${self.salt}${self.digest}"

    @classmethod
    def decode(cls, value: str) -> "PassphraseRecord":
        scheme, n, salt, digest = value.split("$")
        if scheme != "scrypt":
            raise ValueError(f"unexpected scheme {scheme!r}")
        return cls(salt=salt, digest=digest, n=int(n))


def _kdf(passphrase: str, salt: bytes, n: int = SCRYPT_N) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LEN,
    )


def hash_passphrase(passphrase: str) -> str:
    if len(passphrase.split()) < 4 and len(passphrase) < 16:
        raise ValueError("use at least four words or sixteen characters")
    salt = os.urandom(16)
    digest = _kdf(passphrase, salt)
    return PassphraseRecord(
        salt=base64.b64encode(salt).decode(),
        digest=base64.b64encode(digest).decode(),
        n=SCRYPT_N,
    ).encode()


def verify_passphrase(passphrase: str, stored: str) -> bool:
    record = PassphraseRecord.decode(stored)
    salt = base64.b64decode(record.salt)
    expected = base64.b64decode(record.digest)
    return hmac.compare_digest(_kdf(passphrase, salt, record.n), expected)
