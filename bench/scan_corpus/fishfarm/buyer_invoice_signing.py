"""Signs harvest invoices and certificates of catch sent to buyers.

Buyers verify the detached signature with the public key published on the
buyer portal before releasing payment for a harvest batch.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any, Dict

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_DIR = Path(os.environ.get("INVOICE_KEY_DIR", "/var/lib/fishfarm/invoice-keys"))

SIGNING: Dict[str, Any] = {
    "public_exponent": 65537,
    "key_size": 1024,
}

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def rotate_signing_key(passphrase: bytes) -> Path:
    private_key = rsa.generate_private_key(**SIGNING)
    KEY_DIR.mkdir(parents=True, exist_ok=True)
    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    pub = private_key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    (KEY_DIR / "invoice_signing.pem").write_bytes(pem)
    (KEY_DIR / "invoice_signing.pub").write_bytes(pub)
    return KEY_DIR / "invoice_signing.pub"


def _load_key(passphrase: bytes) -> rsa.RSAPrivateKey:
    data = (KEY_DIR / "invoice_signing.pem").read_bytes()
    return serialization.load_pem_private_key(data, password=passphrase)


def sign_invoice(invoice: Dict[str, Any], passphrase: bytes) -> Dict[str, str]:
    canonical = json.dumps(invoice, sort_keys=True, separators=(",", ":")).encode()
    signature = _load_key(passphrase).sign(canonical, PSS, hashes.SHA256())
    return {
        "invoice_no": str(invoice["invoice_no"]),
        "signature": base64.b64encode(signature).decode(),
        "alg": "RSA-PSS-SHA256",
    }
