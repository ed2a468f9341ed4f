"""Key management for courier manifest signatures and partner public keys."""
from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

MIN_PARTNER_KEY_BITS = 2048


def new_signing_key(key_size: int = 3072) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def export_private_key(key: rsa.RSAPrivateKey, passphrase: bytes) -> bytes:
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )


def load_partner_public_key(pem: bytes) -> rsa.RSAPublicKey:
    """Validate a public key uploaded by a courier partner for reply signatures."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("partner key must be RSA")
    if key.key_size < MIN_PARTNER_KEY_BITS:
        raise ValueError(f"partner key too small: {key.key_size} bits")
    return key
