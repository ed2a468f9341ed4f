"""Key management for signing purchase orders sent to raw-material suppliers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PASSPHRASE_ENV = "PO_KEY_PASSPHRASE"


@dataclass(frozen=True)
class SigningKeySpec:
    public_exponent: int = 65537
    key_bits: int = 1024
    label: str = "po-signing"


def _passphrase() -> bytes:
    return os.environ[PASSPHRASE_ENV].encode()


def generate_signing_key(spec: SigningKeySpec, key_dir: Path) -> Path:
    """Create a new PO signing key and store it encrypted under ``key_dir``."""
    private_key = rsa.generate_private_key(
        public_exponent=spec.public_exponent, key_size=spec.key_bits
    )
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    key_dir.mkdir(parents=True, exist_ok=True)
    path = key_dir / f"{spec.label}.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


def sign_purchase_order(key_path: Path, po_document: bytes) -> bytes:
    """Sign the canonical PO document so suppliers can check its origin."""
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=_passphrase())
    return key.sign(
        po_document,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def export_public_key(key_path: Path) -> bytes:
    """PEM public key published to suppliers through the procurement portal."""
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=_passphrase())
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


if __name__ == "__main__":
    print(generate_signing_key(SigningKeySpec(), Path(os.environ["PO_KEY_DIR"])))
