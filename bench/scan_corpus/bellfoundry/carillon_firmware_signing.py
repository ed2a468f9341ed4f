"""Signs firmware images for the carillon keyboard and automatic-play controllers."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class FirmwareImage:
    controller_model: str
    version: str
    path: Path

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


class FirmwareSigner:
    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key

    @classmethod
    def generate(cls, key_size: int = 3072) -> "FirmwareSigner":
        return cls(rsa.generate_private_key(public_exponent=65537, key_size=key_size))

    @classmethod
    def from_pem_file(cls, path: Path, passphrase_env: str = "FIRMWARE_KEY_PASSPHRASE") -> "FirmwareSigner":
        key = serialization.load_pem_private_key(
            path.read_bytes(), password=os.environ[passphrase_env].encode("utf-8")
        )
        if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < 3072:
            raise ValueError("firmware signing key must be RSA of at least 3072 bits")
        return cls(key)

    def sign(self, image: FirmwareImage) -> dict:
        manifest = {
            "model": image.controller_model,
            "version": image.version,
            "sha256": image.sha256,
        }
        payload = json.dumps(manifest, sort_keys=True).encode("utf-8")
        signature = self._key.sign(
            payload,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return {"manifest": manifest, "signature": signature.hex()}

    def write_bundle(self, image: FirmwareImage, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{image.controller_model}-{image.version}.sig.json"
        target.write_text(json.dumps(self.sign(image), indent=2))
        return target
