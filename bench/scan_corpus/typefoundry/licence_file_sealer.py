"""Seals the offline licence file bundled with app-embedding licences.

The file carries the bundle ids and seat counts an app developer licensed;
the foundry's verifier SDK opens it with the shared data key.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass, field
from typing import List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_TAG = b"TFLIC2"


@dataclass
class AppLicence:
    licence_id: str
    customer_id: int
    bundle_ids: List[str] = field(default_factory=list)
    families: List[str] = field(default_factory=list)
    installs: int = 0


class LicenceFileSealer:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "APP_LICENCE_KEY") -> "LicenceFileSealer":
        return cls(base64.b64decode(os.environ[var]))

    def seal(self, licence: AppLicence) -> bytes:
        plaintext = json.dumps(asdict(licence), sort_keys=True).encode("utf-8")
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, plaintext, FORMAT_TAG)
        return FORMAT_TAG + nonce + ciphertext

    def open(self, blob: bytes) -> AppLicence:
        if not blob.startswith(FORMAT_TAG):
            raise ValueError("not a licence file")
        body = blob[len(FORMAT_TAG):]
        nonce, ciphertext = body[:NONCE_BYTES], body[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, ciphertext, FORMAT_TAG)
        return AppLicence(**json.loads(plaintext))


def write_licence_file(sealer: LicenceFileSealer, licence: AppLicence, out_dir: str) -> str:
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{licence.licence_id}.tflic")
    with open(path, "wb") as fh:
        fh.write(sealer.seal(licence))
    return path
