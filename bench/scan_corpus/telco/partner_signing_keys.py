"""Per-partner request signing keys for the wholesale partner API.

Each reseller partner gets its own RSA key pair; the public half is handed to
the partner so it can verify the callbacks we send it.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PARTNER_ID_RE = re.compile(r"^[a-z0-9-]{3,32}$")


@dataclass
class SigningKeySettings:
    key_dir: Path
    passphrase_env: str = "PARTNER_KEY_PASSPHRASE"
    public_exponent: int = 65537
    key_size: int = 1024


class PartnerKeyManager:
    def __init__(self, settings: SigningKeySettings) -> None:
        self._settings = settings

    def _path(self, partner_id: str) -> Path:
        if not PARTNER_ID_RE.fullmatch(partner_id):
            raise ValueError(f"invalid partner id {partner_id!r}")
        return self._settings.key_dir / f"{partner_id}.pem"

    def rotate(self, partner_id: str) -> bytes:
        key = rsa.generate_private_key(
            public_exponent=self._settings.public_exponent,
            key_size=self._settings.key_size,
        )
        passphrase = os.environ[self._settings.passphrase_env].encode()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        fd = os.open(self._path(partner_id), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
