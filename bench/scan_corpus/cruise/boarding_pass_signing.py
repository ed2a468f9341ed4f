"""Signs and verifies the payload encoded in guest boarding-pass QR codes."""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PARAMS = {"public_exponent": 65537, "key_size": 3072}
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def new_signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(**KEY_PARAMS)


def load_signing_key(path: str) -> rsa.RSAPrivateKey:
    with open(path, "rb") as fh:
        return serialization.load_pem_private_key(
            fh.read(), password=os.environ["BOARDING_KEY_PASSPHRASE"].encode()
        )


def sign_pass(private_key, booking_ref: str, cabin: str, sailing_code: str) -> str:
    body = json.dumps({"b": booking_ref, "c": cabin, "s": sailing_code}, separators=(",", ":")).encode()
    signature = private_key.sign(body, _PSS, hashes.SHA256())
    return ".".join(base64.urlsafe_b64encode(p).decode().rstrip("=") for p in (body, signature))


def verify_pass(public_key, qr_text: str) -> dict | None:
    try:
        body_b64, sig_b64 = qr_text.split(".")
        body = base64.urlsafe_b64decode(body_b64 + "=" * (-len(body_b64) % 4))
        sig = base64.urlsafe_b64decode(sig_b64 + "=" * (-len(sig_b64) % 4))
        public_key.verify(sig, body, _PSS, hashes.SHA256())
    except (ValueError, InvalidSignature):
        return None
    return json.loads(body)
