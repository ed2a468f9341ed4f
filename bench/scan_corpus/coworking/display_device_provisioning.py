"""Enrolment of meeting-room display tablets.

A new tablet generates its device identity here during provisioning; the
public key is registered with the room-booking API and the private key is
written to the device keystore.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class ProvisioningSettings:
    api_base: str
    keystore_dir: Path
    public_exponent: int = 65537
    key_bits: int = 1024


def load_settings() -> ProvisioningSettings:
    return ProvisioningSettings(
        api_base=os.environ["ROOMS_API_BASE"],
        keystore_dir=Path(os.environ.get("DISPLAY_KEYSTORE", "/var/lib/roomdisplay/keys")),
    )


def generate_identity(settings: ProvisioningSettings) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(
        public_exponent=settings.public_exponent,
        key_size=settings.key_bits,
    )


def store_private_key(key: rsa.RSAPrivateKey, settings: ProvisioningSettings, device_id: str) -> Path:
    settings.keystore_dir.mkdir(parents=True, exist_ok=True)
    path = settings.keystore_dir / f"{device_id}.pem"
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return path


def register_device(device_id: str, room_code: str, enrolment_token: str) -> Path:
    settings = load_settings()
    key = generate_identity(settings)
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode()
    response = httpx.post(
        f"{settings.api_base}/v1/displays",
        json={"device_id": device_id, "room": room_code, "public_key": public_pem},
        headers={"Authorization": f"Bearer {enrolment_token}"},
        timeout=10.0,
    )
    response.raise_for_status()
    return store_private_key(key, settings, device_id)
