"""Per-practice RSA signing keys for referral letters to hospital eye services.

Referral letters for suspected glaucoma or wet AMD are signed so the
receiving trust can verify which practice issued them.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PARAMS = {
    "public_exponent": 65537,
    "key_size": 3072,
}
KEY_DIR = Path(os.environ.get("REFERRAL_KEY_DIR", "/var/lib/optix/referral-keys"))


def _passphrase() -> bytes:
    return os.environ["REFERRAL_KEY_PASSPHRASE"].encode()


def create_key(practice_code: str) -> bytes:
    key = rsa.generate_private_key(**KEY_PARAMS)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_passphrase()),
    )
    path = KEY_DIR / f"{practice_code}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    )


def sign_referral(practice_code: str, letter_pdf: bytes) -> bytes:
    pem = (KEY_DIR / f"{practice_code}.pem").read_bytes()
    key = serialization.load_pem_private_key(pem, password=_passphrase())
    return key.sign(
        letter_pdf,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
