"""Signing keys for released test program packages (platform generation 2).

Also validates the public keys that OSAT partners register for verifying
packages they re-sign after local limit adjustments.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_DIR = Path(os.environ.get("TP_SIGNING_KEY_DIR", "/srv/tp-release/keys"))
MIN_PARTNER_KEY_BITS = 2048

_KEYGEN = {"public_exponent": 65537, "key_size": 3072}


def generate_platform_key(platform: str) -> Path:
    passphrase = os.environ["TP_SIGNING_PASSPHRASE"].encode()
    key = rsa.generate_private_key(**_KEYGEN)
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    priv = KEY_DIR / f"{platform}.g2.key.pem"
    fd = os.open(priv, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
    pub = KEY_DIR / f"{platform}.g2.pub.pem"
    pub.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return pub


def validate_partner_key(pem: bytes) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("partner keys must be RSA")
    if key.key_size < MIN_PARTNER_KEY_BITS:
        raise ValueError(f"partner key is {key.key_size} bits; {MIN_PARTNER_KEY_BITS} required")
    return key
