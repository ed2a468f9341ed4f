"""Manages the key pair used to sign PDF trade invoices sent to distributors."""
from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("INVOICE_KEY_DIR", "/etc/brewery/invoice-keys"))
RSA_KEY_BITS = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def generate_key_pair(passphrase: bytes) -> tuple[Path, Path]:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    KEY_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    priv_path = KEY_DIR / "invoice_signing.pem"
    pub_path = KEY_DIR / "invoice_signing.pub.pem"
    priv_bytes = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(priv_bytes)
    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return priv_path, pub_path


def _load_private(passphrase: bytes) -> rsa.RSAPrivateKey:
    data = (KEY_DIR / "invoice_signing.pem").read_bytes()
    return serialization.load_pem_private_key(data, password=passphrase)


def sign_invoice(pdf_bytes: bytes, passphrase: bytes) -> str:
    signature = _load_private(passphrase).sign(pdf_bytes, PSS, hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_invoice(pdf_bytes: bytes, signature_b64: str, public_pem: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(base64.b64decode(signature_b64), pdf_bytes, PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True


if __name__ == "__main__":
    phrase = os.environ["INVOICE_KEY_PASSPHRASE"].encode("utf-8")
    for p in generate_key_pair(phrase):
        print("wrote", p)
