"""Signing keys for business-customer shipping label batches.

Large senders upload label batches through the API; each batch manifest is
signed so the sorting centre can reject manifests that were altered after
acceptance.
"""
from __future__ import annotations

import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

MIN_KEY_BITS = 2048


def new_signing_key(bits: int = 3072, exponent: int = 65537) -> rsa.RSAPrivateKey:
    if bits < MIN_KEY_BITS:
        raise ValueError(f"RSA keys must be at least {MIN_KEY_BITS} bits")
    return rsa.generate_private_key(public_exponent=exponent, key_size=bits)


def sign_manifest(key: rsa.RSAPrivateKey, manifest: bytes) -> str:
    signature = key.sign(
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return base64.b64encode(signature).decode()


def export_public_key(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode()


def export_private_key(key: rsa.RSAPrivateKey, passphrase: bytes) -> bytes:
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
