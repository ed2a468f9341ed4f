"""Provisioning of signing keys for DJ booth tablets.

Each tablet signs its playlist change requests; the playlist API keeps the
public half and checks signatures. Keys are created when a tablet is enrolled.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class DeviceKeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    key_dir: Path = Path("/var/lib/rink-dj/keys")


def enroll_tablet(tablet_id: str, policy: DeviceKeyPolicy = DeviceKeyPolicy()) -> bytes:
    """Create a keypair for a tablet and return the PEM public key for the API."""
    private_key = rsa.generate_private_key(
        public_exponent=policy.public_exponent,
        key_size=policy.key_size,
    )
    passphrase = os.environ["DJ_TABLET_KEY_PASSPHRASE"].encode()
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    policy.key_dir.mkdir(parents=True, exist_ok=True)
    key_path = policy.key_dir / f"{tablet_id}.pem"
    key_path.write_bytes(pem)
    key_path.chmod(0o600)
    return private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )


def sign_request(tablet_id: str, body: bytes, policy: DeviceKeyPolicy = DeviceKeyPolicy()) -> bytes:
    passphrase = os.environ["DJ_TABLET_KEY_PASSPHRASE"].encode()
    pem = (policy.key_dir / f"{tablet_id}.pem").read_bytes()
    private_key = serialization.load_pem_private_key(pem, password=passphrase)
    return private_key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
