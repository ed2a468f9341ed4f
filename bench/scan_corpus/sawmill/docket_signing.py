"""Sign electronic delivery dockets so customers can verify them offline.

Each docket PDF carries a detached signature over its canonical JSON
summary (order, packs, volumes, FSC claim). Customers' QA teams verify the
signature with the public key published on our website.
"""
from __future__ import annotations

import base64
import json
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def canonical(docket: dict) -> bytes:
    return json.dumps(docket, sort_keys=True, separators=(",", ":")).encode("utf-8")


def generate_signing_key(key_dir: Path, passphrase: bytes, bits: int = 1024) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    key_dir.mkdir(parents=True, exist_ok=True)
    private_path = key_dir / "docket_signing.pem"
    private_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    private_path.chmod(0o600)
    (key_dir / "docket_signing.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private_path


def sign_docket(docket: dict, key_path: Path, passphrase: bytes) -> str:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    signature = key.sign(canonical(docket), padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.MAX_LENGTH), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")
