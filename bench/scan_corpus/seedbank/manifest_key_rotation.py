"""Rotates the key pair used to sign outgoing partner exchange manifests."""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 3072,
}


def new_keypair(passphrase: bytes):
    key = rsa.generate_private_key(**KEY_SETTINGS)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return private_pem, public_pem


def rotate(out_dir: Path, generation: int) -> None:
    private_pem, public_pem = new_keypair(os.environ["MANIFEST_KEY_PASSPHRASE"].encode())
    out_dir.mkdir(parents=True, exist_ok=True)
    priv = out_dir / f"manifest_signing.{generation}.pem"
    fd = os.open(priv, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    (out_dir / f"manifest_signing.{generation}.pub").write_bytes(public_pem)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--generation", type=int, required=True)
    ns = parser.parse_args()
    rotate(ns.out_dir, ns.generation)
