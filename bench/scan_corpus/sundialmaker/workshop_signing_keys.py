"""Keys used to sign engraving manifests so the laser station can check their origin."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def generate_signing_key(private_path: Path, public_path: Path, passphrase: bytes) -> None:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def load_private_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def _canonical(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_manifest(manifest: dict, key: rsa.RSAPrivateKey) -> bytes:
    return key.sign(_canonical(manifest), PSS, hashes.SHA256())


def verify_manifest(manifest: dict, signature: bytes, public_pem: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(signature, _canonical(manifest), PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True


if __name__ == "__main__":
    keydir = Path(os.environ.get("SIGNING_KEY_DIR", "/etc/sundialmaker/keys"))
    generate_signing_key(
        keydir / "manifest-signing.pem",
        keydir / "manifest-signing.pub.pem",
        os.environ["SIGNING_KEY_PASSPHRASE"].encode("utf-8"),
    )
