"""Season key generation for e-ticket QR signatures (cryptography backend)."""
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537
KEY_DIR = Path(os.environ.get("ETICKET_KEY_DIR", "/var/lib/ferry/eticket-keys"))


def generate_signing_key(key_size: int = KEY_SIZE) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=key_size)


def write_keypair(kid: str, key: rsa.RSAPrivateKey) -> Path:
    passphrase = os.environ["ETICKET_KEY_PASSPHRASE"].encode("utf-8")
    KEY_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_path = KEY_DIR / f"{kid}.pem"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        ))
    (KEY_DIR / f"{kid}.pub.pem").write_bytes(key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    ))
    return private_path


def new_season_key(season: str) -> str:
    kid = f"eticket-{season}-{date.today():%Y%m%d}"
    write_keypair(kid, generate_signing_key())
    return kid
