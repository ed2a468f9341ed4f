"""Generates the key pair that signs invoices sent to wholesale EDI partners.

The public key is exported as an X.509 certificate signing request for the
partner's trust store; the private key stays in the EDI host's key folder.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_SIZE_BITS = 3072
PUBLIC_EXPONENT = 65537


def generate_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE_BITS)


def build_csr(key: rsa.RSAPrivateKey, company: str, edi_id: str) -> x509.CertificateSigningRequest:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
            x509.NameAttribute(NameOID.COMMON_NAME, f"edi-{edi_id}"),
        ]
    )
    return x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())


def write_key(key: rsa.RSAPrivateKey, folder: Path) -> Path:
    passphrase = os.environ["EDI_KEY_PASSPHRASE"].encode()
    path = folder / "edi_signing_key.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
    return path


def provision(folder: Path, company: str, edi_id: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    key = generate_key()
    write_key(key, folder)
    csr_path = folder / "edi_signing.csr"
    csr_path.write_bytes(build_csr(key, company, edi_id).public_bytes(serialization.Encoding.PEM))
    return csr_path
