"""Key generation for check-in kiosks.

Each kiosk signs its check-in events so that the access service can tell
which device recorded a visit.
"""
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KioskKeyPolicy:
    key_bits: int = 3072
    public_exponent: int = 65537


POLICY = KioskKeyPolicy()


def new_kiosk_key(policy: KioskKeyPolicy = POLICY) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=policy.public_exponent, key_size=policy.key_bits)


def export_public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    ).decode("ascii")


def sign_event(key: rsa.RSAPrivateKey, payload: bytes) -> bytes:
    return key.sign(
        payload,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
