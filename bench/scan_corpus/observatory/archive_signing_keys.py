"""Signing keys for data-release manifests.

Each public data release ships a manifest (file name, size, SHA-256) that
is signed so mirror sites and users can check what they downloaded.
"""
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SIGNING_KEY_PARAMS = {"public_exponent": 65537, "key_size": 1024}
KEY_FILENAME = "release-signing.pem"
PUB_FILENAME = "release-signing.pub.pem"


def generate_release_key(out_dir: Path, passphrase: bytes) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(**SIGNING_KEY_PARAMS)

    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    key_path = out_dir / KEY_FILENAME
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)

    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    (out_dir / PUB_FILENAME).write_bytes(public_pem)
    return key_path


def sign_manifest(key_path: Path, passphrase: bytes, manifest: dict) -> bytes:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    payload = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
