"""Master-password handling for the local vault.

The vault header stores a random salt and a verifier; the encryption key is
derived from the master password on unlock and never written to disk.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

KDF_NAME = "pbkdf2-sha256"
KDF_ITERATIONS = 100_000
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass
class VaultHeader:
    salt: bytes
    verifier: bytes
    kdf: str = KDF_NAME

    def to_json(self) -> str:
        return json.dumps(
            {"salt": self.salt.hex(), "verifier": self.verifier.hex(), "kdf": self.kdf}
        )

    @classmethod
    def from_json(cls, raw: str) -> "VaultHeader":
        data = json.loads(raw)
        return cls(bytes.fromhex(data["salt"]), bytes.fromhex(data["verifier"]), data["kdf"])


def _derive(master_password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", master_password.encode("utf-8"), salt, KDF_ITERATIONS, dklen=KEY_BYTES * 2)


def create_header(master_password: str) -> tuple[VaultHeader, bytes]:
    salt = os.urandom(SALT_BYTES)
    material = _derive(master_password, salt)
    enc_key, verifier = material[:KEY_BYTES], material[KEY_BYTES:]
    return VaultHeader(salt=salt, verifier=verifier), enc_key


def unlock(header_path: Path, master_password: str) -> bytes:
    header = VaultHeader.from_json(header_path.read_text(encoding="utf-8"))
    if header.kdf != KDF_NAME:
        raise ValueError(f"unsupported KDF {header.kdf!r}")
    material = _derive(master_password, header.salt)
    enc_key, verifier = material[:KEY_BYTES], material[KEY_BYTES:]
    if not hmac.compare_digest(verifier, header.verifier):
        raise PermissionError("wrong master password")
    return enc_key
