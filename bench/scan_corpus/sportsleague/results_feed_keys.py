"""Key management for signing the public results feed.

Partners (local newspapers, the county federation) verify feed signatures with
the key published at /.well-known/league-feed-keys.json.
"""
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

RSA_PUBLIC_EXPONENT = 65537
RSA_KEY_BITS = 3072


def new_signing_key(key_dir: Path) -> str:
    """Create a new feed signing key and return its key id."""
    key = rsa.generate_private_key(public_exponent=RSA_PUBLIC_EXPONENT, key_size=RSA_KEY_BITS)
    kid = datetime.now(timezone.utc).strftime("feed-%Y%m%d%H%M")
    passphrase = os.environ["FEED_KEY_PASSPHRASE"].encode()

    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    private_path = key_dir / f"{kid}.pem"
    private_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(private_path, 0o600)

    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (key_dir / f"{kid}.pub.pem").write_bytes(public_pem)
    return kid


def publish_keyset(key_dir: Path, out_file: Path) -> None:
    keys = [
        {"kid": p.name.removesuffix(".pub.pem"), "pem": p.read_text()}
        for p in sorted(key_dir.glob("*.pub.pem"))
    ]
    out_file.write_text(json.dumps({"keys": keys}, indent=2))
