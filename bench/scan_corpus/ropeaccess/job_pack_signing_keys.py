"""Signing of issued job packs.

Once a supervisor issues a job pack, the PDF is signed so the client and the
site team can check that the copy on the tablet is the one that was approved.
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE_BITS = 3072
PUBLIC_EXPONENT = 65537


def generate_signing_key(passphrase: bytes, out_dir: Path) -> Path:
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE_BITS)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "job_pack_signing.key").write_bytes(private_pem)
    (out_dir / "job_pack_signing.pub").write_bytes(public_pem)
    return out_dir / "job_pack_signing.pub"


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def sign_job_pack(pdf_bytes: bytes, key_path: Path, passphrase: bytes) -> str:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    signature = key.sign(pdf_bytes, _pss(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_job_pack(pdf_bytes: bytes, signature_b64: str, public_key_path: Path) -> bool:
    public_key = serialization.load_pem_public_key(public_key_path.read_bytes())
    try:
        public_key.verify(base64.b64decode(signature_b64), pdf_bytes, _pss(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def pack_fingerprint(pdf_bytes: bytes) -> str:
    return hashlib.sha256(pdf_bytes).hexdigest()
