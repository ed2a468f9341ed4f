"""Key management for signing recycler buyer invoices (PDF and UBL XML)."""

import datetime as dt
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

KEY_DIR = Path(os.environ.get("INVOICE_KEY_DIR", "/var/lib/recycling/keys"))


def _passphrase() -> bytes:
    return os.environ["INVOICE_KEY_PASSPHRASE"].encode()


def generate_signing_key(name: str, key_size: int = 1024, days: int = 365) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "City Recycling Services"),
        x509.NameAttribute(NameOID.COMMON_NAME, f"invoice-signing-{name}"),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    key_path = KEY_DIR / f"{name}.key.pem"
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    ))
    key_path.chmod(0o600)
    (KEY_DIR / f"{name}.crt.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path


def sign_invoice(name: str, document: bytes) -> bytes:
    key = serialization.load_pem_private_key(
        (KEY_DIR / f"{name}.key.pem").read_bytes(), password=_passphrase()
    )
    return key.sign(
        document,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
