"""Signing of approved firing scripts so field controllers only run scripts the office signed off."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningSettings:
    key_path: Path
    key_size: int = 3072

    @classmethod
    def from_env(cls) -> "SigningSettings":
        return cls(key_path=Path(os.environ.get("SCRIPT_SIGNING_KEY", "/etc/fireworks/script-signing.pem")))


class ScriptSigner:
    def __init__(self, settings: SigningSettings, passphrase: bytes) -> None:
        self._settings = settings
        self._passphrase = passphrase
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        path = self._settings.key_path
        if path.exists():
            return serialization.load_pem_private_key(path.read_bytes(), password=self._passphrase)
        key = rsa.generate_private_key(public_exponent=65537, key_size=self._settings.key_size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(self._passphrase),
            )
        )
        path.chmod(0o600)
        return key

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign_script(self, script: bytes) -> bytes:
        return self._key.sign(
            script,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    @staticmethod
    def script_id(script: bytes) -> str:
        return hashlib.sha256(script).hexdigest()[:20]


def verify_script(public_pem: bytes, script: bytes, signature: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(
            signature,
            script,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except InvalidSignature:
        return False
    return True
