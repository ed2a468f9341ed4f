"""Per-site signing keys for CCTV and incident report exports."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

SIGNING = {
    "public_exponent": 65537,
    "key_size": 3072,
}
KEY_DIR = Path(os.environ.get("EXPORT_KEY_DIR", "/var/lib/exports/keys"))


def _passphrase() -> bytes:
    return os.environ["EXPORT_KEY_PASSPHRASE"].encode()


def create_site_key(site_code: str, key_dir: Path = KEY_DIR) -> Path:
    key = rsa.generate_private_key(**SIGNING)
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_path = key_dir / f"{site_code}.pem"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(_passphrase()),
            )
        )
    public_path = key_dir / f"{site_code}.pub.pem"
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private_path
