"""Signs the PDF handicap certificates members show when entering open competitions elsewhere."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class CertificateKeyPolicy:
    public_exponent: int = 65537
    key_size: int = 3072


class CertificateSigner:
    def __init__(self, key_path: Path, policy: CertificateKeyPolicy = CertificateKeyPolicy()) -> None:
        self._key_path = key_path
        self._policy = policy
        self._passphrase = os.environ["CERT_SIGNING_PASSPHRASE"].encode()

    def generate_key(self) -> None:
        key = rsa.generate_private_key(public_exponent=self._policy.public_exponent, key_size=self._policy.key_size)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        self._key_path.write_bytes(pem)
        self._key_path.chmod(0o600)

    def _private_key(self) -> rsa.RSAPrivateKey:
        return serialization.load_pem_private_key(self._key_path.read_bytes(), password=self._passphrase)

    def sign_certificate(self, member_no: str, name: str, handicap_index: float, issued: str) -> dict:
        claims = {"member": member_no, "name": name, "index": round(handicap_index, 1), "issued": issued}
        message = json.dumps(claims, sort_keys=True, separators=(",", ":")).encode()
        signature = self._private_key().sign(
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return {"claims": claims, "signature": base64.b64encode(signature).decode()}
