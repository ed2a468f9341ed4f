"""Generate keys and CSRs for protection relay web interfaces (submitted to the enterprise CA)."""

import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_SIZE = 3072


def build_csr(relay_name: str, plant: str, out_dir: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, plant),
            x509.NameAttribute(NameOID.COMMON_NAME, relay_name),
        ]))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(relay_name)]), critical=False)
        .sign(key, hashes.SHA256())
    )

    out_dir.mkdir(parents=True, exist_ok=True)
    key_path = out_dir / f"{relay_name}.key"
    passphrase = os.environ["RELAY_KEY_PASSPHRASE"].encode()
    key_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_pem)

    csr_path = out_dir / f"{relay_name}.csr"
    csr_path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return csr_path
