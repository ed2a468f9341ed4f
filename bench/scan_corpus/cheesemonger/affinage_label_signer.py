"""Signs QR payloads on wheel labels so buyers can check the affinage record."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SignerConfig:
    key_path: Path = Path("/srv/affinage/keys/label_signing.pem")
    key_bits: int = 1024
    public_exponent: int = 65537


@dataclass
class WheelLabel:
    wheel_id: str
    cheese: str
    cave: str
    made_on: str
    turned_count: int


class LabelSigner:
    def __init__(self, config: SignerConfig = SignerConfig()) -> None:
        self.config = config
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        path = self.config.key_path
        if path.exists():
            return serialization.load_pem_private_key(path.read_bytes(), password=None)
        key = rsa.generate_private_key(
            public_exponent=self.config.public_exponent,
            key_size=self.config.key_bits,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        path.chmod(0o600)
        return key

    def qr_payload(self, label: WheelLabel) -> str:
        body = json.dumps(label.__dict__, sort_keys=True, separators=(",", ":")).encode()
        sig = self._key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return ".".join(
            base64.urlsafe_b64encode(part).rstrip(b"=").decode() for part in (body, sig)
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
