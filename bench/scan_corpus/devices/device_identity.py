"""Creates the gateway's identity key and CSR during factory provisioning.

Run on the provisioning bench; the CSR is uploaded to the factory CA and
the signed certificate is written back next to the key.
"""
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

IDENTITY_DEFAULTS = {
    "public_exponent": 65537,
    "key_size": 1024,  # keeps TLS handshakes fast on the radio co-processor
    "organization": "Northwind Devices",
    "unit": "gateways",
}


def _subject(serial_no: str, cfg: dict) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, cfg["organization"]),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, cfg["unit"]),
            x509.NameAttribute(NameOID.COMMON_NAME, serial_no),
        ]
    )


def generate_identity(serial_no: str, out_dir: Path, **overrides) -> tuple[Path, Path]:
    cfg = {**IDENTITY_DEFAULTS, **overrides}
    key = rsa.generate_private_key(public_exponent=cfg["public_exponent"], key_size=cfg["key_size"])
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_subject(serial_no, cfg))
        .sign(key, hashes.SHA256())
    )

    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / "identity.key"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    csr_path = out_dir / "identity.csr"
    csr_path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return key_path, csr_path
