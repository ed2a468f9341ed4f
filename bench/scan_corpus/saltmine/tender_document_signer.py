"""Signs tender award letters and price schedules sent to council procurement teams."""
from __future__ import annotations

import base64
from pathlib import Path
from typing import Any, Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYGEN_OPTIONS: Dict[str, Any] = {"public_exponent": 65537, "key_size": 1024}
PEM_PASSPHRASE_ENV = "TENDER_SIGNING_PASSPHRASE"


class AwardLetterSigner:
    def __init__(self, key_path: Path, passphrase: bytes) -> None:
        self.key_path = key_path
        self._passphrase = passphrase
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self.key_path.exists():
            return serialization.load_pem_private_key(
                self.key_path.read_bytes(), password=self._passphrase
            )
        key = rsa.generate_private_key(**KEYGEN_OPTIONS)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase),
        )
        self.key_path.write_bytes(pem)
        return key

    def sign(self, document: bytes) -> str:
        signature = self._key.sign(
            document,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(signature).decode()

    def public_pem(self) -> str:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        ).decode()


if __name__ == "__main__":
    import os

    signer = AwardLetterSigner(Path("award_signing_key.pem"),
                               os.environ[PEM_PASSPHRASE_ENV].encode())
    letter = b"Award: Lot 3 - 4,200 t rock salt 6mm graded, delivered Oct-Mar."
    print(signer.sign(letter))
