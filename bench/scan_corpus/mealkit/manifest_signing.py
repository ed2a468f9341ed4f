"""Signing of daily delivery manifests handed to courier partners."""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PATH = Path(os.environ.get("MANIFEST_KEY_PATH", "/var/lib/mealkit/manifest_key.pem"))


def generate_signing_key(key_size: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def rotate_key() -> bytes:
    """Create a new signing key on disk and return its public half (PEM)."""
    key = generate_signing_key()
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
    KEY_PATH.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    KEY_PATH.chmod(0o600)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _load_key() -> rsa.RSAPrivateKey:
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
    return serialization.load_pem_private_key(KEY_PATH.read_bytes(), password=passphrase)


def sign_manifest(manifest: dict) -> dict:
    payload = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    signature = _load_key().sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"manifest": manifest, "signature": base64.b64encode(signature).decode()}
