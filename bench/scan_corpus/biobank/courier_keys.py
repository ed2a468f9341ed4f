"""Key material for signing courier shipment manifests.

Each courier partner gets its own signing key so that a compromised partner
key can be rotated without touching the others.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("COURIER_KEY_DIR", "/var/lib/biobank/courier-keys"))


def generate_partner_key(partner: str, bits: int = 1024) -> Path:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    passphrase = os.environ["COURIER_KEY_PASSPHRASE"].encode()
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    path = KEY_DIR / f"{partner}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def sign_manifest(partner: str, manifest: bytes) -> bytes:
    passphrase = os.environ["COURIER_KEY_PASSPHRASE"].encode()
    key = serialization.load_pem_private_key(
        (KEY_DIR / f"{partner}.pem").read_bytes(), password=passphrase
    )
    return key.sign(
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
