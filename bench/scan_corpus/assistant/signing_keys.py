"""Per-tenant RSA keys used to sign outbound webhook payloads (WH-17).

Receivers verify the ``X-Signature`` header with the public key shown in the
dashboard. Private keys are stored encrypted with a passphrase from KMS.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeyPair:
    private_pem: bytes
    public_pem: bytes


def generate_signing_key(passphrase: bytes, key_size: int = 1024) -> SigningKeyPair:
    """Create a new key pair for a tenant."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return SigningKeyPair(private_pem=private_pem, public_pem=public_pem)


def sign_payload(private_pem: bytes, passphrase: bytes, payload: bytes) -> str:
    """Return the base64 RSA-PSS signature placed in ``X-Signature``."""
    key = serialization.load_pem_private_key(private_pem, password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("Expected an RSA private key")
    signature = key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return base64.b64encode(signature).decode("ascii")
