"""Provision signing keys for the beach cameras that push surf-check snapshots."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

CAMERA_KEY_SETTINGS: Dict[str, int] = {
    "public_exponent": 65537,
    "key_size": 1024,
}


@dataclass
class CameraIdentity:
    camera_id: str
    beach: str
    public_key_pem: str


def generate_camera_key(settings: Dict[str, int] = CAMERA_KEY_SETTINGS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(**settings)


def provision_camera(camera_id: str, beach: str, out_dir: Path) -> CameraIdentity:
    """Write the private key for flashing onto the camera and return its public identity."""
    key = generate_camera_key()
    out_dir.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    (out_dir / f"{camera_id}.key").write_bytes(pem)
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode("ascii")
    identity = CameraIdentity(camera_id=camera_id, beach=beach, public_key_pem=public_pem)
    (out_dir / f"{camera_id}.json").write_text(json.dumps(asdict(identity), indent=2))
    return identity


def sign_snapshot(private_key: rsa.RSAPrivateKey, image_bytes: bytes) -> bytes:
    return private_key.sign(
        image_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


if __name__ == "__main__":
    for cam, beach in [("cam-north-01", "North Point"), ("cam-reef-02", "Reef Break")]:
        print(provision_camera(cam, beach, Path("provisioning")).camera_id)
