"""Signs the daily regulator report files so the gaming commission can verify origin.

The public key is registered with the commission once; the private key lives on
the reporting host, encrypted with a passphrase from the environment.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PARAMS = {"public_exponent": 65537, "key_size": 1024}
KEY_PATH = Path(os.environ.get("REPORT_SIGNING_KEY", "/etc/regulator-reports/signing_key.pem"))


def _passphrase() -> bytes:
    return os.environ["REPORT_SIGNING_PASSPHRASE"].encode()


def generate_signing_key(path: Path = KEY_PATH) -> bytes:
    """Create a new key pair and return the public key PEM for registration."""
    key = rsa.generate_private_key(**KEY_PARAMS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())


def sign_report(report: Path, key: rsa.RSAPrivateKey | None = None) -> Path:
    key = key or load_signing_key()
    signature = key.sign(
        report.read_bytes(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    sig_path = report.with_suffix(report.suffix + ".sig")
    sig_path.write_bytes(signature)
    return sig_path
