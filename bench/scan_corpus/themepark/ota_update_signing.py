"""Key management for over-the-air updates pushed to queue-time display boards."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

DEFAULT_KEY_BITS = 3072


def new_release_key(key_dir: Path, bits: int = DEFAULT_KEY_BITS) -> Path:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    passphrase = os.environ["OTA_KEY_PASSPHRASE"].encode()
    key_dir.mkdir(parents=True, exist_ok=True)
    priv = key_dir / "ota-release.pem"
    fd = os.open(priv, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        ))
    (key_dir / "ota-release.pub").write_bytes(private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return priv


def sign_bundle(bundle: bytes, key_path: Path) -> bytes:
    key = serialization.load_pem_private_key(
        key_path.read_bytes(), password=os.environ["OTA_KEY_PASSPHRASE"].encode())
    return key.sign(
        bundle,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
