"""Digitally sign warranty certificates so boutiques can verify them offline."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_PATH = Path(os.environ.get("WARRANTY_SIGNING_KEY_PATH", "/srv/keys/warranty_signing.pem"))
SIGNING_KEY_BITS = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


@dataclass
class Certificate:
    case_serial: str
    reference: str
    sold_on: str
    boutique: str
    years: int


def _passphrase() -> bytes:
    return os.environ["WARRANTY_SIGNING_PASSPHRASE"].encode()


def create_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=SIGNING_KEY_BITS)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(_passphrase()),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def load_signing_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())


def _canonical(cert: Certificate) -> bytes:
    return json.dumps(asdict(cert), sort_keys=True, separators=(",", ":")).encode()


def sign_certificate(cert: Certificate, key: rsa.RSAPrivateKey) -> dict:
    signature = key.sign(_canonical(cert), PSS, hashes.SHA256())
    return {"certificate": asdict(cert), "signature": base64.b64encode(signature).decode()}


def verify_certificate(document: dict, public_key: rsa.RSAPublicKey) -> bool:
    cert = Certificate(**document["certificate"])
    try:
        public_key.verify(base64.b64decode(document["signature"]), _canonical(cert), PSS, hashes.SHA256())
    except Exception:
        return False
    return True
