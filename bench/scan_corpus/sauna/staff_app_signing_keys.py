"""Rotates the RSA keys the staff shift app uses to sign clock-in requests."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class KeyPolicy:
    key_size: int = 1024
    public_exponent: int = 65537
    rotate_after_days: int = 90


@dataclass
class SigningKey:
    kid: str
    created: dt.date
    private_key: rsa.RSAPrivateKey = field(repr=False)

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )

    def sign(self, payload: bytes) -> bytes:
        return self.private_key.sign(payload, padding.PKCS1v15(), hashes.SHA256())


class KeyRotator:
    def __init__(self, store_dir: Path, policy: KeyPolicy | None = None) -> None:
        self.store_dir = store_dir
        self.policy = policy or KeyPolicy()
        self.keys: List[SigningKey] = []

    def _generate(self, today: dt.date) -> SigningKey:
        private_key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_size,
        )
        return SigningKey(kid=f"staff-{today:%Y%m%d}", created=today, private_key=private_key)

    def current(self, today: dt.date | None = None) -> SigningKey:
        today = today or dt.date.today()
        if not self.keys or (today - self.keys[-1].created).days >= self.policy.rotate_after_days:
            self.keys.append(self._generate(today))
        return self.keys[-1]

    def publish_jwks_pem(self) -> Path:
        bundle = b"".join(k.public_pem() for k in self.keys[-2:])
        target = self.store_dir / "staff_signing_keys.pem"
        target.write_bytes(bundle)
        return target
