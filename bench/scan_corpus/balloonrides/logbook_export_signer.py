"""Signs monthly logbook exports submitted to the aviation authority portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class SigningConfig:
    key_path: Path = Path("/var/lib/balloonops/keys/logbook_signing.pem")
    key_bits: int = 1024
    public_exponent: int = 65537
    passphrase_env: str = "LOGBOOK_KEY_PASSPHRASE"


class LogbookExportSigner:
    """Creates the operator signing key on first use and signs CSV exports."""

    def __init__(self, config: SigningConfig | None = None) -> None:
        self.config = config or SigningConfig()
        self._key = None

    def _passphrase(self) -> bytes:
        return os.environ[self.config.passphrase_env].encode()

    def _generate(self) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(
            public_exponent=self.config.public_exponent,
            key_size=self.config.key_bits,
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase()),
        )
        self.config.key_path.parent.mkdir(parents=True, exist_ok=True)
        self.config.key_path.write_bytes(pem)
        return key

    @property
    def key(self) -> rsa.RSAPrivateKey:
        if self._key is None:
            if self.config.key_path.exists():
                self._key = serialization.load_pem_private_key(
                    self.config.key_path.read_bytes(), password=self._passphrase()
                )
            else:
                self._key = self._generate()
        return self._key

    def sign_export(self, export_csv: bytes) -> bytes:
        return self.key.sign(
            export_csv,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
