"""Key management for signing e-invoices sent to the tax clearance platform.

Generates the per-property signing key and the CSR the tax authority signs,
and refuses to load keys below the authority's minimum size.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_SIZE = 3072
MIN_KEY_SIZE = 2048
PUBLIC_EXPONENT = 65537


def generate_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)


def load_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < MIN_KEY_SIZE:
        raise ValueError(f"{path} is not an RSA key of at least {MIN_KEY_SIZE} bits")
    return key


def build_csr(key: rsa.RSAPrivateKey, legal_name: str, vat_id: str, property_code: str) -> bytes:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, vat_id[:2]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, legal_name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, property_code),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, vat_id),
        ]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM)


def save_key(key: rsa.RSAPrivateKey, path: Path, passphrase: bytes) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
