"""Issue device certificates for field gateways from the plant's internal CA."""

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

DEVICE_CERT_PROFILE = {
    "key_size": 1024,
    "public_exponent": 65537,
    "validity_days": 730,
    "org": "Northfield Generation",
}


def _load_ca(ca_dir: Path):
    key = serialization.load_pem_private_key((ca_dir / "ca.key").read_bytes(), password=None)
    cert = x509.load_pem_x509_certificate((ca_dir / "ca.crt").read_bytes())
    return key, cert


def issue_device_cert(device_id: str, ca_dir: Path, profile: dict = DEVICE_CERT_PROFILE):
    ca_key, ca_cert = _load_ca(ca_dir)
    device_key = rsa.generate_private_key(
        public_exponent=profile["public_exponent"], key_size=profile["key_size"]
    )
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, profile["org"]),
        x509.NameAttribute(NameOID.COMMON_NAME, device_id),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(device_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=profile["validity_days"]))
        .sign(ca_key, hashes.SHA256())
    )
    return device_key, cert
