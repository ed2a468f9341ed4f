"""Key management for signing e-invoices sent to corporate members.

Some corporate members require invoices signed with an RSA key whose
certificate is registered with their procurement portal.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PATH = Path(os.environ.get("INVOICE_SIGNING_KEY", "/etc/billing/invoice-signing.pem"))
RSA_BITS = 3072


def generate_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def load_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < RSA_BITS:
        raise ValueError("unexpected signing key type or size")
    return key


def sign_invoice(pdf_bytes: bytes, key: rsa.RSAPrivateKey | None = None) -> bytes:
    key = key or load_signing_key()
    return key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def public_certificate_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode()
