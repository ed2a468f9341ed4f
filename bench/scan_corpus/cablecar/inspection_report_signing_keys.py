"""Manages the key pair used to sign annual inspection certificates sent to the cable-car authority."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class SigningKeyConfig:
    key_dir: Path
    organisation: str
    key_size: int = 3072
    validity_days: int = 730


def _passphrase() -> bytes:
    return os.environ["INSPECTION_SIGNING_PASSPHRASE"].encode()


def generate_signing_identity(cfg: SigningKeyConfig) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=cfg.key_size)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, cfg.organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{cfg.organisation} inspection signing"),
        ]
    )
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=cfg.validity_days))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
        .sign(key, hashes.SHA256())
    )
    cfg.key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_path = cfg.key_dir / "inspection_signing.key"
    cert_path = cfg.key_dir / "inspection_signing.crt"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(_passphrase()),
        )
    )
    key_path.chmod(0o600)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path
