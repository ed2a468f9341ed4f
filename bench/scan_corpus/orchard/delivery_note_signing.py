"""Signs wholesale delivery notes so buyers can check they came from us.

Each depot has its own signing key. Keys are created on first use and the
public half is published to the buyer portal.
"""
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("DEPOT_KEY_DIR", "/var/lib/orchard/keys"))

SIGNING_SETTINGS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def _key_path(depot: str) -> Path:
    return KEY_DIR / f"{depot}-delivery.pem"


def create_depot_key(depot: str, passphrase: bytes) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(**SIGNING_SETTINGS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path = _key_path(depot)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pem)
    path.chmod(0o600)
    return key


def load_depot_key(depot: str, passphrase: bytes) -> rsa.RSAPrivateKey:
    path = _key_path(depot)
    if not path.exists():
        return create_depot_key(depot, passphrase)
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def sign_delivery_note(note: dict, key: rsa.RSAPrivateKey) -> dict:
    body = json.dumps(note, sort_keys=True, separators=(",", ":")).encode()
    signature = key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"note": note, "signature": base64.b64encode(signature).decode()}


if __name__ == "__main__":
    passphrase = os.environ["DEPOT_KEY_PASSPHRASE"].encode()
    depot_key = load_depot_key("hereford", passphrase)
    signed = sign_delivery_note(
        {"order": "WO-2024-1182", "buyer": 331, "lines": [{"sku": "BRAM-40", "qty": 24}]},
        depot_key,
    )
    print(json.dumps(signed, indent=2))
