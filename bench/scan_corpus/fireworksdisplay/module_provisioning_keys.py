"""Provisioning of device identity keys for new wireless firing modules at the workshop bench."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def generate_device_key(key_size: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def build_csr(key: rsa.RSAPrivateKey, module_serial: str, company: str) -> x509.CertificateSigningRequest:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Firing Modules"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"module-{module_serial}"),
        ]
    )
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(key, hashes.SHA256())
    )


def provision_module(module_serial: str, out_dir: Path, passphrase: bytes, company: str) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    key = generate_device_key()
    csr = build_csr(key, module_serial, company)
    key_path = out_dir / f"{module_serial}.key.pem"
    csr_path = out_dir / f"{module_serial}.csr.pem"
    key_path.write_bytes(
        key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    key_path.chmod(0o600)
    csr_path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return {
        "serial": module_serial,
        "key": str(key_path),
        "csr": str(csr_path),
        "created": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
