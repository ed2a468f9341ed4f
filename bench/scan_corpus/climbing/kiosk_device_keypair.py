"""Provisioning of signing keys for day-pass kiosks when they are enrolled."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PUBLIC_EXPONENT = 65537
DEVICE_KEY_BITS = 1024
KEY_DIR = Path(os.environ.get("KIOSK_KEY_DIR", "/var/lib/kiosk/keys"))


@dataclass
class DeviceKeys:
    kiosk_id: str
    private_pem: bytes
    public_pem: bytes


def generate_device_keys(kiosk_id: str, bits: int = DEVICE_KEY_BITS) -> DeviceKeys:
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return DeviceKeys(kiosk_id, private_pem, public_pem)


def store_device_keys(keys: DeviceKeys, key_dir: Path = KEY_DIR) -> Path:
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    priv_path = key_dir / f"{keys.kiosk_id}.key"
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(keys.private_pem)
    (key_dir / f"{keys.kiosk_id}.pub").write_bytes(keys.public_pem)
    return priv_path


def enroll_kiosk(kiosk_id: str, registry) -> str:
    """Generate keys for a new kiosk and register its public key with the backend."""
    if not kiosk_id.isalnum():
        raise ValueError("kiosk id must be alphanumeric")
    keys = generate_device_keys(kiosk_id)
    store_device_keys(keys)
    registry.register_public_key(kiosk_id, keys.public_pem.decode("ascii"))
    return keys.public_pem.decode("ascii")


if __name__ == "__main__":
    import sys

    class _PrintRegistry:
        def register_public_key(self, kid: str, pem: str) -> None:
            print(f"register {kid}:\n{pem}")

    enroll_kiosk(sys.argv[1], _PrintRegistry())
