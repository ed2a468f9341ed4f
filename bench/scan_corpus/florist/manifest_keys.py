"""Generate and rotate the keys that sign partner-shop order manifests."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SETTINGS = {"public_exponent": 65537, "key_size": 3072}


def new_signing_key(out_dir: Path, key_id: str) -> Path:
    key = rsa.generate_private_key(**KEY_SETTINGS)
    passphrase = os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{key_id}.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


def sign(key_path: Path, payload: bytes) -> bytes:
    key = serialization.load_pem_private_key(
        key_path.read_bytes(), password=os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
    )
    return key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
