"""Generates the key pair used to sign dress-order manifests sent to couture houses."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class ManifestKeySpec:
    bits: int = 3072
    exponent: int = 65537
    passphrase_env: str = "MANIFEST_KEY_PASSPHRASE"


class ManifestSigner:
    def __init__(self, key_file: Path, spec: ManifestKeySpec = ManifestKeySpec()) -> None:
        self.key_file = key_file
        self.spec = spec

    def _passphrase(self) -> bytes:
        return os.environ[self.spec.passphrase_env].encode()

    def generate(self) -> bytes:
        params = {"public_exponent": self.spec.exponent, "key_size": self.spec.bits}
        private_key = rsa.generate_private_key(**params)
        self.key_file.write_bytes(
            private_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(self._passphrase()),
            )
        )
        os.chmod(self.key_file, 0o600)
        return private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, manifest: bytes) -> bytes:
        key = serialization.load_pem_private_key(self.key_file.read_bytes(), password=self._passphrase())
        return key.sign(
            manifest,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )


def manifest_for(order_no: str, styles: list[tuple[str, str, int]]) -> bytes:
    lines = [f"ORDER {order_no}"] + [f"{style};{size};{qty}" for style, size, qty in styles]
    return "\n".join(lines).encode("utf-8")
