"""Signs consignment contracts so consignors can check the PDF they receive is unaltered."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    key_path: Path = Path("/var/lib/consignments/signing_key.pem")

    def generator_kwargs(self) -> dict[str, int]:
        return {"public_exponent": self.public_exponent, "key_size": self.key_size}


class ContractSigner:
    def __init__(self, policy: SigningKeyPolicy | None = None) -> None:
        self.policy = policy or SigningKeyPolicy()
        self._passphrase = os.environ["CONTRACT_KEY_PASSPHRASE"].encode("utf-8")
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        path = self.policy.key_path
        if path.exists():
            return serialization.load_pem_private_key(path.read_bytes(), password=self._passphrase)
        key = rsa.generate_private_key(**self.policy.generator_kwargs())
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pem)
        path.chmod(0o600)
        return key

    def sign_contract(self, pdf_bytes: bytes) -> str:
        signature = self._key.sign(
            pdf_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(signature).decode("ascii")

    def public_key_pem(self) -> str:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        ).decode("ascii")
