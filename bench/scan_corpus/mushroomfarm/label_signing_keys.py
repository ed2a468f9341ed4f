"""Key material for signing QR codes printed on retail punnet labels."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyParams:
    public_exponent: int = 65537
    key_size: int = 1024


class LabelSigner:
    """Signs the batch and harvest payload encoded into each label's QR code."""

    def __init__(self, key_path: Path, params: KeyParams = KeyParams()) -> None:
        self.key_path = key_path
        self.params = params
        self._passphrase = os.environ["LABEL_KEY_PASSPHRASE"].encode()
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self.key_path.exists():
            return serialization.load_pem_private_key(
                self.key_path.read_bytes(), password=self._passphrase
            )
        key = rsa.generate_private_key(**asdict(self.params))
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase),
        )
        self.key_path.write_bytes(pem)
        os.chmod(self.key_path, 0o600)
        return key

    def sign(self, batch_code: str, harvested_on: str) -> bytes:
        message = f"{batch_code}|{harvested_on}".encode()
        return self._key.sign(
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
