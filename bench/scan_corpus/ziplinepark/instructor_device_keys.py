"""Enrollment keys for the instructor tablets.

Each tablet gets its own RSA key pair at enrollment; the tablet signs its
offline inspection uploads with it and the server keeps the public half.
"""
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class DeviceKeyPair:
    device_id: str
    private_pem: bytes
    public_pem: bytes


def generate_device_key(device_id: str, passphrase: bytes, key_size: int = 3072) -> DeviceKeyPair:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    private_pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return DeviceKeyPair(device_id=device_id, private_pem=private_pem, public_pem=public_pem)


def sign_upload(private_pem: bytes, passphrase: bytes, payload: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=passphrase)
    return key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def verify_upload(public_pem: bytes, payload: bytes, signature: bytes) -> bool:
    key = serialization.load_pem_public_key(public_pem)
    try:
        key.verify(
            signature,
            payload,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except Exception:
        return False
    return True


def write_public_key(registry_dir: Path, pair: DeviceKeyPair) -> Path:
    path = registry_dir / f"{pair.device_id}.pub.pem"
    path.write_bytes(pair.public_pem)
    return path
