"""Key management for signed earthquake alert messages.

Every CAP alert leaving the fan-out tier carries a detached signature so that
downstream sirens and phone apps can reject forged alerts.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    rotation_days: int = 90


POLICY = SigningKeyPolicy()


def generate_signing_key(policy: SigningKeyPolicy = POLICY) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=policy.public_exponent, key_size=policy.key_size)


def save_key(key: rsa.RSAPrivateKey, directory: Path, key_id: str) -> Path:
    passphrase = os.environ["ALERT_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = directory / f"{key_id}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )


def sign_alert(key: rsa.RSAPrivateKey, cap_xml: bytes) -> bytes:
    return key.sign(
        cap_xml,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
