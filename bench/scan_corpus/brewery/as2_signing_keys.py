"""Key management for AS2 message signing with distributor partners."""
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEYSTORE = Path(os.environ.get("EDI_KEYSTORE", "/etc/brewery/edi/keys"))


def new_signing_identity(partner_id: str, org_name: str, key_size: int = 3072,
                         valid_days: int = 730) -> tuple[Path, Path]:
    """Create a key and self-signed certificate to exchange with the partner."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org_name),
        x509.NameAttribute(NameOID.COMMON_NAME, f"as2-{partner_id.lower()}"),
    ])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=valid_days))
        .sign(key, hashes.SHA256())
    )

    partner_dir = KEYSTORE / partner_id
    partner_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_path = partner_dir / "as2_signing.key"
    passphrase = os.environ["EDI_KEYSTORE_PASSPHRASE"].encode()
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(key_path, 0o600)
    cert_path = partner_dir / "as2_signing.crt"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path
