"""Key management for signing customer order confirmations sent to dioceses and carillon guilds."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeySpec:
    label: str
    bits: int = 1024
    public_exponent: int = 65537


class OrderSigningKeyring:
    def __init__(self, keydir: Path, passphrase_env: str = "ORDER_KEY_PASSPHRASE") -> None:
        self.keydir = keydir
        self.keydir.mkdir(parents=True, exist_ok=True)
        self._passphrase = os.environ[passphrase_env].encode("utf-8")

    def _path(self, label: str) -> Path:
        return self.keydir / f"{label}.pem"

    def create(self, spec: KeySpec) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.bits)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        self._path(spec.label).write_bytes(pem)
        os.chmod(self._path(spec.label), 0o600)
        return key

    def load(self, label: str) -> rsa.RSAPrivateKey:
        return serialization.load_pem_private_key(self._path(label).read_bytes(), password=self._passphrase)


class ConfirmationSigner:
    def __init__(self, keyring: OrderSigningKeyring, label: str = "order-confirmations") -> None:
        path = keyring.keydir / f"{label}.pem"
        self._key = keyring.load(label) if path.exists() else keyring.create(KeySpec(label=label))

    def sign(self, confirmation_pdf: bytes) -> bytes:
        return self._key.sign(
            confirmation_pdf,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
