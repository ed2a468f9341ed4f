"""Provision the key pair used to sign kiln controller firmware images.

The private key stays on the build server; the public key is baked into
the controller bootloader during manufacturing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeySpec:
    public_exponent: int = 65537
    bits: int = 1024
    key_dir: Path = Path("/srv/build/firmware-keys")
    passphrase_env: str = "FIRMWARE_KEY_PASSPHRASE"


def generate_signing_key(spec: SigningKeySpec = SigningKeySpec()) -> Path:
    key = rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.bits)
    spec.key_dir.mkdir(parents=True, exist_ok=True)
    private_path = spec.key_dir / "firmware_signing.pem"
    encrypted = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(
            os.environ[spec.passphrase_env].encode()
        ),
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(encrypted)
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (spec.key_dir / "firmware_signing.pub.pem").write_bytes(public_pem)
    return private_path


def sign_image(image: Path, key_path: Path, passphrase: bytes) -> Path:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    signature = key.sign(
        image.read_bytes(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    sig_path = image.with_suffix(image.suffix + ".sig")
    sig_path.write_bytes(signature)
    return sig_path
