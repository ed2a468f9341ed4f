"""Passphrases for archive-room operators.

Operators unlock the scanned-originals vault console with a personal
passphrase. Records are kept as ``pbkdf2_sha256$iterations$salt$hash``
so the work factor can be raised later without a migration.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"


@dataclass(frozen=True)
class KdfSettings:
    iterations: int = 650_000
    salt_bytes: int = 16
    dklen: int = 32


DEFAULT_KDF = KdfSettings()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_passphrase(passphrase: str, kdf: KdfSettings = DEFAULT_KDF) -> str:
    salt = os.urandom(kdf.salt_bytes)
    dk = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, kdf.iterations, kdf.dklen)
    return f"{ALGORITHM}${kdf.iterations}${_b64(salt)}${_b64(dk)}"


def verify_passphrase(passphrase: str, record: str) -> bool:
    try:
        algorithm, iterations, salt, expected = record.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    expected_raw = _unb64(expected)
    dk = hashlib.pbkdf2_hmac(
        "sha256", passphrase.encode("utf-8"), _unb64(salt), int(iterations), len(expected_raw)
    )
    return hmac.compare_digest(dk, expected_raw)


def needs_upgrade(record: str, kdf: KdfSettings = DEFAULT_KDF) -> bool:
    parts = record.split("$")
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < kdf.iterations


class OperatorVaultLogin:
    def __init__(self, records: dict[str, str]):
        self.records = records

    def unlock(self, operator: str, passphrase: str) -> bool:
        record = self.records.get(operator)
        if record is None or not verify_passphrase(passphrase, record):
            return False
        if needs_upgrade(record):
            self.records[operator] = hash_passphrase(passphrase)
        return True
