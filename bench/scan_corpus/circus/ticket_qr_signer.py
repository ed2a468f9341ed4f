"""Signs the QR payload printed on each ticket.

Door scanners hold the public key and verify the signature offline, so a
ticket cannot be forged without the box-office signing key.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeyPolicy:
    public_exponent: int = 65537
    modulus_bits: int = 1024
    key_path: Path = Path("/etc/boxoffice/qr_signing.pem")


class TicketQrSigner:
    def __init__(self, policy: KeyPolicy = KeyPolicy()) -> None:
        self.policy = policy
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self.policy.key_path.exists():
            return serialization.load_pem_private_key(
                self.policy.key_path.read_bytes(), password=None
            )
        key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.modulus_bits,
        )
        self.policy.key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        self.policy.key_path.chmod(0o600)
        return key

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )

    def sign_ticket(self, ticket: dict) -> str:
        body = json.dumps(ticket, sort_keys=True, separators=(",", ":")).encode()
        sig = self._key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return ".".join(
            base64.urlsafe_b64encode(part).rstrip(b"=").decode() for part in (body, sig)
        )
