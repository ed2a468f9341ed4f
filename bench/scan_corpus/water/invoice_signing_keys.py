"""Generate and rotate the key pair used to sign PDF invoices for the e-billing portal."""
import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_DIR = Path(os.environ.get("INVOICE_KEY_DIR", "/etc/ebill/keys"))

KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate_keypair(**overrides) -> rsa.RSAPrivateKey:
    params = {**KEY_SETTINGS, **overrides}
    return rsa.generate_private_key(**params)


def rotate() -> Path:
    passphrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode("utf-8")
    key = generate_keypair()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")

    private_path = KEY_DIR / f"invoice-signing-{stamp}.key"
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    public_path = KEY_DIR / f"invoice-signing-{stamp}.pub"
    public_path.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return private_path


if __name__ == "__main__":
    print(f"new invoice signing key: {rotate()}")
