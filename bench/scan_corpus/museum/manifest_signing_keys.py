"""Key management for signing IIIF Presentation manifests.

Signed manifests let aggregators confirm that rights statements were not
altered in transit. Keys are rotated yearly; the kid is the rotation year.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("MANIFEST_KEY_DIR", "/etc/museum/manifest-keys"))

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 1024,
}

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def _passphrase() -> bytes:
    return os.environ["MANIFEST_KEY_PASSPHRASE"].encode("utf-8")


def generate_signing_key(kid: str) -> Path:
    private_key = rsa.generate_private_key(**KEY_PARAMS)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    path = KEY_DIR / f"{kid}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def load_signing_key(kid: str):
    pem = (KEY_DIR / f"{kid}.pem").read_bytes()
    return serialization.load_pem_private_key(pem, password=_passphrase())


def sign_manifest(manifest_bytes: bytes, kid: str) -> bytes:
    return load_signing_key(kid).sign(manifest_bytes, PSS, hashes.SHA256())
