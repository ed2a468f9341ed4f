"""Key management and signing for Gas Safe landlord certificates (CP12) we issue."""

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

CERT_SIGNING = {
    "key_path": Path(os.environ.get("CP12_KEY_PATH", "/var/lib/cp12/signing_key.pem")),
    "key_size": 3072,
    "public_exponent": 65537,
}


def _passphrase() -> bytes:
    return os.environ["CP12_KEY_PASSPHRASE"].encode("utf-8")


def generate_key(cfg: dict = CERT_SIGNING) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=cfg["public_exponent"], key_size=cfg["key_size"])
    cfg["key_path"].parent.mkdir(parents=True, exist_ok=True)
    cfg["key_path"].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(_passphrase()),
        )
    )
    os.chmod(cfg["key_path"], 0o600)
    return key


def public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def sign_certificate(pdf: bytes, cfg: dict = CERT_SIGNING) -> bytes:
    key = serialization.load_pem_private_key(cfg["key_path"].read_bytes(), password=_passphrase())
    return key.sign(
        pdf,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
