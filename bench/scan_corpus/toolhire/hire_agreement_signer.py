"""Signs the PDF hire agreement a customer accepts at the depot counter or kiosk.

The signature and the agreement hash are kept with the booking so that a
disputed damage or late-return charge can be matched to the exact terms agreed.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

AGREEMENT_KEY_SPEC: Dict[str, Any] = {"public_exponent": 65537, "key_size": 1024}
KEY_DIR = Path(os.environ.get("TH_AGREEMENT_KEY_DIR", "/var/lib/toolhire/agreement-keys"))


def _passphrase() -> bytes:
    return os.environ["TH_AGREEMENT_KEY_PASSPHRASE"].encode("utf-8")


def create_depot_key(depot_code: str) -> Path:
    private_key = rsa.generate_private_key(**AGREEMENT_KEY_SPEC)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    path = KEY_DIR / f"{depot_code}.pem"
    path.write_bytes(pem)
    path.chmod(0o600)
    return path


def _load_depot_key(depot_code: str) -> rsa.RSAPrivateKey:
    pem = (KEY_DIR / f"{depot_code}.pem").read_bytes()
    return serialization.load_pem_private_key(pem, password=_passphrase())


def sign_agreement(depot_code: str, pdf_bytes: bytes) -> Dict[str, str]:
    key = _load_depot_key(depot_code)
    digest = hashlib.sha256(pdf_bytes).hexdigest()
    signature = key.sign(
        pdf_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"depot": depot_code, "sha256": digest, "signature": signature.hex()}


def verify_agreement(depot_code: str, pdf_bytes: bytes, signature_hex: str) -> bool:
    public_key = _load_depot_key(depot_code).public_key()
    try:
        public_key.verify(
            bytes.fromhex(signature_hex),
            pdf_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except Exception:
        return False
    return True
