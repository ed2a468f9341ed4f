"""Signs the digital copy of each expert certificate issued by our in-house committee."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SignerConfig:
    key_path: Path = Path("/etc/auction/expert-committee.pem")
    public_exponent: int = 65537
    key_bits: int = 1024


def create_signing_key(config: SignerConfig = SignerConfig()) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=config.public_exponent, key_size=config.key_bits)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    config.key_path.write_bytes(pem)
    config.key_path.chmod(0o600)
    return key


class CertificateSigner:
    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._key = private_key

    @staticmethod
    def _canonical(certificate: dict) -> bytes:
        return json.dumps(certificate, sort_keys=True, separators=(",", ":")).encode()

    def sign(self, certificate: dict) -> str:
        signature = self._key.sign(
            self._canonical(certificate),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(signature).decode()

    def public_pem(self) -> str:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()


if __name__ == "__main__":
    signer = CertificateSigner(create_signing_key())
    print(signer.public_pem())
