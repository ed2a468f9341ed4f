"""Signing of approved lift plans.

When the appointed person approves a lift plan, the PDF is signed so that
site supervisors can check the copy in the cab is the approved revision.
"""
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("LIFT_PLAN_KEY_DIR", "/var/lib/cranehire/keys"))
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def generate_signing_key(key_size: int = 1024, public_exponent: int = 65537) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=public_exponent, key_size=key_size)


def _passphrase() -> bytes:
    return os.environ["LIFT_PLAN_KEY_PASSPHRASE"].encode()


def rotate_key(appointed_person_id: int) -> Path:
    key = generate_signing_key()
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    path = KEY_DIR / f"ap-{appointed_person_id}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    pub = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    (KEY_DIR / f"ap-{appointed_person_id}.pub").write_bytes(pub)
    return path


def _load_private(appointed_person_id: int) -> rsa.RSAPrivateKey:
    pem = (KEY_DIR / f"ap-{appointed_person_id}.pem").read_bytes()
    return serialization.load_pem_private_key(pem, password=_passphrase())


def sign_plan(appointed_person_id: int, pdf_bytes: bytes) -> bytes:
    return _load_private(appointed_person_id).sign(pdf_bytes, _PSS, hashes.SHA256())


def verify_plan(appointed_person_id: int, pdf_bytes: bytes, signature: bytes) -> bool:
    pem = (KEY_DIR / f"ap-{appointed_person_id}.pub").read_bytes()
    public_key = serialization.load_pem_public_key(pem)
    try:
        public_key.verify(signature, pdf_bytes, _PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
