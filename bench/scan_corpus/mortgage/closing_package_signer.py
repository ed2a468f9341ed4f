"""Signs the final closing package manifest so investors can detect tampering."""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_BITS = 3072
PUBLIC_EXPONENT = 65537


def generate_signing_key(out_dir: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    passphrase = os.environ["PACKAGE_SIGNING_KEY_PASSPHRASE"].encode()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    priv = out_dir / "package_signing.pem"
    fd = os.open(priv, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (out_dir / "package_signing.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return priv


def load_signing_key(path: Path) -> rsa.RSAPrivateKey:
    passphrase = os.environ["PACKAGE_SIGNING_KEY_PASSPHRASE"].encode()
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_manifest(manifest: dict, key: rsa.RSAPrivateKey) -> bytes:
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
