"""Signing keys for model artifacts pushed to the registry.

Each publishing team gets its own keypair; the registry stores the public half
and verifies the detached signature on every upload.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa

SIGNING_KEY_BITS = 1024
SIGNATURE_HASH = hashes.SHA256()


def generate_signing_key(team: str, out_dir: Path) -> Path:
    key = dsa.generate_private_key(key_size=SIGNING_KEY_BITS)
    passphrase = os.environ["ARTIFACT_SIGNING_PASSPHRASE"].encode()

    out_dir.mkdir(parents=True, exist_ok=True)
    priv_path = out_dir / f"{team}.key.pem"
    pub_path = out_dir / f"{team}.pub.pem"

    priv_path.write_bytes(
        key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    priv_path.chmod(0o600)
    pub_path.write_bytes(
        key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return pub_path


def sign_artifact(key_path: Path, artifact: Path) -> bytes:
    key = serialization.load_pem_private_key(
        key_path.read_bytes(),
        password=os.environ["ARTIFACT_SIGNING_PASSPHRASE"].encode(),
    )
    return key.sign(artifact.read_bytes(), SIGNATURE_HASH)
