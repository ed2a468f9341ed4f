"""Manage the keypair used to sign outbound order webhooks to fulfilment partners."""
from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

DEFAULT_KEY_BITS = 3072


def generate(key_size: int = DEFAULT_KEY_BITS) -> rsa.RSAPrivateKey:
    if key_size < 3072:
        raise ValueError("webhook signing keys must be at least 3072 bits")
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def load(path: Path) -> rsa.RSAPrivateKey:
    password = os.environ["WEBHOOK_KEY_PASSWORD"].encode()
    return serialization.load_pem_private_key(path.read_bytes(), password=password)


def sign_payload(key: rsa.RSAPrivateKey, body: bytes) -> str:
    sig = key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return base64.b64encode(sig).decode("ascii")


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")
