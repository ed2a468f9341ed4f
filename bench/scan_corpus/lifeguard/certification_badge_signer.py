"""Signs digital certification badges issued to volunteer lifeguards."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class SignerProfile:
    issuer: str = "Coastal Volunteer Lifeguard Program"
    key_path: Path = Path("/srv/certs/badge_signing.pem")
    public_exponent: int = 65537
    modulus_bits: int = 1024


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


class BadgeSigner:
    """Issues signed badges that pool staff can check when a volunteer signs in."""

    def __init__(self, profile: SignerProfile) -> None:
        self.profile = profile
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        passphrase = os.environ["BADGE_KEY_PASSPHRASE"].encode()
        if self.profile.key_path.exists():
            return serialization.load_pem_private_key(self.profile.key_path.read_bytes(), password=passphrase)
        key = rsa.generate_private_key(
            public_exponent=self.profile.public_exponent,
            key_size=self.profile.modulus_bits,
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        self.profile.key_path.write_bytes(pem)
        return key

    def sign_badge(self, volunteer_id: str, name: str, level: str, expires: date) -> str:
        claims = {"iss": self.profile.issuer, "sub": volunteer_id, "name": name, "level": level, "exp": expires.isoformat()}
        body = json.dumps(claims, sort_keys=True).encode()
        signature = self._key.sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return f"{_b64(body)}.{_b64(signature)}"

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
