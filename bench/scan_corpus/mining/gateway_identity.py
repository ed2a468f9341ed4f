"""Key management for SCADA edge gateway identities.

New gateways get a 3072-bit RSA key (the site PKI does not issue EC
certificates yet). Keys imported from the old provisioning tool are checked
before they are accepted into the inventory.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

MIN_RSA_BITS = 2048
NEW_KEY_BITS = 3072


def _passphrase() -> bytes:
    return os.environ["GW_KEY_PASSPHRASE"].encode("utf-8")


def new_gateway_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=NEW_KEY_BITS)


def load_gateway_key(pem_path: Path) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem_path.read_bytes(), password=_passphrase())
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError(f"{pem_path.name}: expected an RSA key")
    if key.key_size < MIN_RSA_BITS:
        raise ValueError(f"{pem_path.name}: {key.key_size}-bit key must be reissued")
    return key


def csr_for(serial: str, site: str, key: rsa.RSAPrivateKey) -> bytes:
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site),
        x509.NameAttribute(NameOID.COMMON_NAME, f"gw-{serial}"),
    ])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(f"gw-{serial}.{site}.scada.internal")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)


def export_key(key: rsa.RSAPrivateKey, dest: Path) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    )
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
