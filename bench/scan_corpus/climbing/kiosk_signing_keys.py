"""Generates the receipt-signing keys used by the retail shop's point-of-sale terminals."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PUBLIC_EXPONENT = 65537
TERMINAL_KEY_BITS = 3072
KEY_DIR = Path(os.environ.get("POS_KEY_DIR", "/var/lib/pos/keys"))


@dataclass
class TerminalKeys:
    terminal_id: str
    private_key: rsa.RSAPrivateKey

    @property
    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )


def generate_terminal_keys(terminal_id: str, bits: int = TERMINAL_KEY_BITS) -> TerminalKeys:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=bits)
    return TerminalKeys(terminal_id, key)


def save_terminal_keys(keys: TerminalKeys, key_dir: Path = KEY_DIR) -> Path:
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = key_dir / f"{keys.terminal_id}.pem"
    pem = keys.private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (key_dir / f"{keys.terminal_id}.pub").write_bytes(keys.public_pem)
    return path


def sign_receipt(keys: TerminalKeys, receipt_body: bytes) -> bytes:
    return keys.private_key.sign(
        receipt_body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def provision(terminal_id: str, registry) -> str:
    if not terminal_id.replace("-", "").isalnum():
        raise ValueError("terminal id must be alphanumeric")
    keys = generate_terminal_keys(terminal_id)
    save_terminal_keys(keys)
    pem = keys.public_pem.decode("ascii")
    registry.register_public_key(terminal_id, pem)
    return pem
