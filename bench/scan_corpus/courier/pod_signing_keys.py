"""Key management for signed proof-of-delivery receipts."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

log = logging.getLogger(__name__)

KEY_DIR = Path(os.environ.get("POD_KEY_DIR", "/var/lib/courier/pod-keys"))

KEYGEN_PARAMS = {
    "public_exponent": 65537,
    "key_size": 3072,
}


def _passphrase() -> bytes:
    return os.environ["POD_SIGNING_KEY_PASSPHRASE"].encode()


def rotate_signing_key(key_dir: Path = KEY_DIR) -> Path:
    """Generate a new signing key; the previous one stays for verification."""
    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = rsa.generate_private_key(**KEYGEN_PARAMS)
    kid = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")

    private_path = key_dir / f"pod-{kid}.key.pem"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(_passphrase()),
        ))

    public_path = key_dir / f"pod-{kid}.pub.pem"
    public_path.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ))
    log.info("new PoD signing key %s (%d bits)", kid, key.key_size)
    return private_path


def published_keys(key_dir: Path = KEY_DIR) -> dict[str, str]:
    """Public keys shippers can fetch from /.well-known/pod-keys."""
    return {
        p.name.split(".")[0]: p.read_text()
        for p in sorted(key_dir.glob("pod-*.pub.pem"))
    }
