"""Sign EDI customs declarations sent to the national single-window service."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PARAMS: dict[str, Any] = {
    "public_exponent": 65537,
    "key_size": 1024,
}

KEY_DIR = Path("/var/lib/customs-edi/keys")


def provision_signing_key(broker_code: str, passphrase: bytes) -> Path:
    """Create the declarant key pair and store it encrypted on disk."""
    private_key = rsa.generate_private_key(**KEY_PARAMS)
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    key_path = KEY_DIR / f"{broker_code}.pem"
    key_path.write_bytes(
        private_key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
    )
    key_path.chmod(0o600)
    pub_path = key_path.with_suffix(".pub.pem")
    pub_path.write_bytes(
        private_key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )
    return key_path


def load_signing_key(broker_code: str, passphrase: bytes) -> rsa.RSAPrivateKey:
    data = (KEY_DIR / f"{broker_code}.pem").read_bytes()
    return serialization.load_pem_private_key(data, password=passphrase)


def sign_declaration(edifact: str, key: rsa.RSAPrivateKey) -> bytes:
    return key.sign(
        edifact.encode("utf-8"),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
