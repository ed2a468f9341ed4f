"""Encrypts font binaries delivered to the desktop font manager app.

The manager downloads encrypted OTF payloads and decrypts them with the
per-customer key it received at activation.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class EncryptedPayload:
    family: str
    style: str
    ciphertext: bytes
    sha256: str


class FontPayloadCipher:
    """Wraps AES for font payloads using a 256-bit customer key."""

    MODE = AES.MODE_ECB
    BLOCK = AES.block_size

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("customer key must be 32 bytes")
        self._key = key

    @classmethod
    def from_b64(cls, value: str) -> "FontPayloadCipher":
        return cls(base64.b64decode(value))

    def _cipher(self):
        return AES.new(self._key, self.MODE)

    def encrypt(self, data: bytes) -> bytes:
        return self._cipher().encrypt(pad(data, self.BLOCK))

    def decrypt(self, data: bytes) -> bytes:
        return unpad(self._cipher().decrypt(data), self.BLOCK)


def load_customer_key(customer_id: int, key_dir: Path) -> bytes:
    key_file = key_dir / f"{int(customer_id)}.key"
    return base64.b64decode(key_file.read_text().strip())


def package_font(path: Path, customer_id: int, key_dir: Path) -> EncryptedPayload:
    raw = path.read_bytes()
    cipher = FontPayloadCipher(load_customer_key(customer_id, key_dir))
    family, _, style = path.stem.partition("-")
    return EncryptedPayload(
        family=family,
        style=style or "Regular",
        ciphertext=cipher.encrypt(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def write_payload(payload: EncryptedPayload, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{payload.family}-{payload.style}.otf.enc"
    tmp = target.with_suffix(".partial")
    tmp.write_bytes(payload.ciphertext)
    os.replace(tmp, target)
    return target
