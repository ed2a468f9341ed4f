"""Per-device key pair used to share folder keys between a user's devices.

Each device publishes its public key; a folder key is wrapped with RSA-OAEP
for every device that should be able to open the folder.
"""
import hashlib
import os
import secrets
from pathlib import Path

import keyring
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

RSA_KEY_BITS = 3072
PUBLIC_EXPONENT = 65537
KEYRING_SERVICE = "syncd-share-keys"
READ_BLOCK = 1024

_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def _passphrase(device_id: str) -> bytes:
    stored = keyring.get_password(KEYRING_SERVICE, device_id)
    if stored is None:
        stored = secrets.token_urlsafe(32)
        keyring.set_password(KEYRING_SERVICE, device_id, stored)
    return stored.encode()


def create_keypair(device_id: str, key_dir: Path) -> rsa.RSAPublicKey:
    private_key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=RSA_KEY_BITS)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase(device_id)),
    )
    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(key_dir / "device.pem", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return private_key.public_key()


def public_key_fingerprint(pub_path: Path) -> str:
    digest = hashlib.sha256()
    with open(pub_path, "rb") as fh:
        while block := fh.read(READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()[:32]


def wrap_folder_key(recipient: rsa.RSAPublicKey, folder_key: bytes) -> bytes:
    return recipient.encrypt(folder_key, _OAEP)


def unwrap_folder_key(device_id: str, key_dir: Path, wrapped: bytes) -> bytes:
    private_key = serialization.load_pem_private_key(
        (key_dir / "device.pem").read_bytes(), password=_passphrase(device_id)
    )
    return private_key.decrypt(wrapped, _OAEP)
