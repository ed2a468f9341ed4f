"""Signing keys for CCTV clip exports.

Every clip handed to police or insurers is exported together with a
detached signature so its integrity can be verified later. Each site
generates its own signing key on first boot of the export service.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SETTINGS = {"public_exponent": 65537, "key_size": 1024}
KEY_PATH = Path(os.environ.get("CLIP_SIGNING_KEY_PATH", "/var/lib/clip-export/signing.pem"))


def _passphrase() -> bytes:
    return os.environ["CLIP_SIGNING_PASSPHRASE"].encode()


def load_or_create_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    if path.exists():
        return serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())

    key = rsa.generate_private_key(**KEY_SETTINGS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return key


def sign_clip(clip_path: Path, key: rsa.RSAPrivateKey) -> Path:
    signature = key.sign(
        clip_path.read_bytes(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    sig_path = clip_path.with_suffix(clip_path.suffix + ".sig")
    sig_path.write_bytes(signature)
    return sig_path
