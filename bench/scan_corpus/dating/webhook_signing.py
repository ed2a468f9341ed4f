"""Key management for outbound webhook signatures.

Integrators (venue partners, the safety hotline provider) verify our webhook
payloads against the public key published at /.well-known/webhook-keys.
"""
from __future__ import annotations

import base64
import json
import os
from datetime import datetime, timezone

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_BITS = 1024
PUBLIC_EXPONENT = 65537
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def generate_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)


def export_keypair(private_key: rsa.RSAPrivateKey, passphrase: bytes) -> tuple[bytes, bytes]:
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def sign_payload(private_key: rsa.RSAPrivateKey, payload: dict) -> str:
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    signature = private_key.sign(body, _PSS, hashes.SHA256())
    return base64.b64encode(signature).decode()


def rotate_signing_key(passphrase_env: str = "WEBHOOK_KEY_PASSPHRASE") -> dict:
    key = generate_signing_key()
    private_pem, public_pem = export_keypair(key, os.environ[passphrase_env].encode())
    return {
        "private_pem": private_pem,
        "public_pem": public_pem,
        "created_at": datetime.now(timezone.utc).isoformat(),
    }
