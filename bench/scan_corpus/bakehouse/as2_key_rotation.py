"""Annual rotation of the AS2 encryption key pair used with supermarket partners.

A new key pair is generated, written to the key vault mount, and a CSR is
produced for the bakehouse's EDI certificate authority.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ROTATION_DEFAULTS = {
    "key_size": 3072,
    "public_exponent": 65537,
    "common_name": "as2.edi.northfield-bakehouse.co.uk",
}


@dataclass
class RotationOutput:
    key_path: Path
    csr_path: Path


def _new_key(opts: dict = ROTATION_DEFAULTS) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=opts["public_exponent"], key_size=opts["key_size"])


def _csr(key: rsa.RSAPrivateKey, common_name: str) -> x509.CertificateSigningRequest:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Northfield Industrial Bakehouse Ltd"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    return x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())


def rotate(vault_mount: Path, year: int) -> RotationOutput:
    key = _new_key()
    passphrase = os.environ["AS2_KEY_PASSPHRASE"].encode()
    key_path = vault_mount / f"as2-{year}.key.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(key_path, 0o600)
    csr_path = vault_mount / f"as2-{year}.csr.pem"
    csr_path.write_bytes(_csr(key, ROTATION_DEFAULTS["common_name"]).public_bytes(serialization.Encoding.PEM))
    return RotationOutput(key_path, csr_path)
