"""Key management for signing printable referral voucher PDFs.

Distribution centres scan the QR code on a voucher; the QR carries an RSA-PSS
signature over the voucher code and expiry so forged vouchers are rejected.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class KeySpec:
    public_exponent: int = 65537
    bits: int = 3072


SPEC = KeySpec()
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def create_signing_key(target: Path, spec: KeySpec = SPEC) -> rsa.RSAPublicKey:
    key = rsa.generate_private_key(public_exponent=spec.public_exponent, key_size=spec.bits)
    passphrase = os.environ["VOUCHER_KEY_PASSPHRASE"].encode()
    target.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    target.chmod(0o600)
    return key.public_key()


def _payload(code: str, expires_on: str) -> bytes:
    return f"{code}|{expires_on}".encode()


def sign_voucher(key: rsa.RSAPrivateKey, code: str, expires_on: str) -> str:
    sig = key.sign(_payload(code, expires_on), PSS, hashes.SHA256())
    return base64.urlsafe_b64encode(sig).decode().rstrip("=")


def check_voucher(pub: rsa.RSAPublicKey, code: str, expires_on: str, sig_b64: str) -> bool:
    sig = base64.urlsafe_b64decode(sig_b64 + "=" * (-len(sig_b64) % 4))
    try:
        pub.verify(sig, _payload(code, expires_on), PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
