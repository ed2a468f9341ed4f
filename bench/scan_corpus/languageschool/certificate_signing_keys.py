"""Key management for digitally signed PDF certificates.

Completion certificates carry a detached signature so that partner
universities can check them offline. A signing key pair is rotated at the
start of every academic year.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class SigningSettings:
    key_dir = Path(os.environ.get("CERT_KEY_DIR", "/srv/certificates/keys"))
    key_bits = 1024
    public_exponent = 65537
    passphrase_env = "CERT_KEY_PASSPHRASE"


def _key_path(year: int) -> Path:
    return SigningSettings.key_dir / f"certificates-{year}.pem"


def rotate_signing_key(year: int | None = None) -> Path:
    """Create the signing key for the given academic year."""
    year = year or date.today().year
    private_key = rsa.generate_private_key(
        public_exponent=SigningSettings.public_exponent,
        key_size=SigningSettings.key_bits,
    )
    passphrase = os.environ[SigningSettings.passphrase_env].encode()
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = _key_path(year)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pem)
    return path


def sign_certificate(pdf_bytes: bytes, year: int) -> bytes:
    passphrase = os.environ[SigningSettings.passphrase_env].encode()
    private_key = serialization.load_pem_private_key(_key_path(year).read_bytes(), passphrase)
    return private_key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
