"""Generates and stores the signing key used for outbound HIE document bundles."""
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def generate_signing_key(passphrase: bytes, out_dir: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "hie_signing.pem"
    target.write_bytes(pem)
    target.chmod(0o600)
    pub = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (out_dir / "hie_signing.pub").write_bytes(pub)
    return target
