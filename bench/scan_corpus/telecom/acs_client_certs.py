"""Issue client certificates for CPEs that talk to the ACS over mutual TLS.

Generates a key pair and a CSR per device; the CSR is submitted to the
internal CA by ``ca_submit.py``.
"""
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def build_device_csr(serial: str, oui: str, out_dir: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)

    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Access Network CPE"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, oui),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{oui}-{serial}"),
        ]
    )
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .sign(key, hashes.SHA256())
    )

    passphrase = os.environ["CPE_KEY_PASSPHRASE"].encode()
    key_path = out_dir / f"{oui}-{serial}.key"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )

    csr_path = out_dir / f"{oui}-{serial}.csr"
    csr_path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return csr_path
