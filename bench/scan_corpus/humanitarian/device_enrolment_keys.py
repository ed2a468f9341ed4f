"""Key material for enrolling data-collection devices.

Each tablet gets its own key pair at enrolment. The public key is stored on
the sync server and used to verify signed submission batches; the private key
is written to the device's keystore export, encrypted with the enrolment PIN
the supervisor types in.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass
class DeviceKeyPair:
    device_id: str
    private_pem: bytes
    public_pem: bytes


def generate_device_keypair(device_id: str, passphrase: bytes, bits: int = 1024) -> DeviceKeyPair:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    return DeviceKeyPair(device_id, private_pem, public_pem)


def enrol(registry, device_id: str, supervisor_pin: str) -> bytes:
    pair = generate_device_keypair(device_id, supervisor_pin.encode())
    registry.store_public_key(device_id, pair.public_pem)
    return pair.private_pem
