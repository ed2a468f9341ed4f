"""Key and CSR generation for CPE mutual-TLS certificates (ACS enrolment)."""
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

RSA_KEY_BITS = 3072
RSA_EXPONENT = 65537
ORG_NAME = "Access Network CPE"


def _new_key():
    return rsa.generate_private_key(public_exponent=RSA_EXPONENT, key_size=RSA_KEY_BITS)


def _write_private_key(key, path: Path) -> None:
    passphrase = os.environ["CPE_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def enrol(serial: str, oui: str, out_dir: Path) -> Path:
    key = _new_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG_NAME),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, oui),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{oui}-{serial}"),
        ]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())

    _write_private_key(key, out_dir / f"{oui}-{serial}.key")
    csr_path = out_dir / f"{oui}-{serial}.csr"
    csr_path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return csr_path
