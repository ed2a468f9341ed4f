"""Key management for signed analytics export manifests.

Partners verify the ``manifest.sig`` next to each export drop with the
public key we publish in the partner portal.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

RSA_BITS = 3072
PASSPHRASE_ENV = "EXPORT_SIGNING_PASSPHRASE"


def create_keypair(directory: Path, name: str) -> None:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    directory.mkdir(parents=True, exist_ok=True)
    key_path = directory / f"{name}.pem"
    key_path.write_bytes(
        private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(os.environ[PASSPHRASE_ENV].encode()),
        )
    )
    key_path.chmod(0o600)
    (directory / f"{name}.pub").write_bytes(
        private_key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )


def sign_manifest(key_path: Path, manifest: bytes) -> bytes:
    private_key = serialization.load_pem_private_key(
        key_path.read_bytes(), password=os.environ[PASSPHRASE_ENV].encode()
    )
    return private_key.sign(
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
