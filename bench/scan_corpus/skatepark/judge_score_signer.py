"""Signs final competition score sheets so results published on the events site can be verified."""
from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


@dataclass
class ScoreSheet:
    event_id: int
    division: str
    judge: str
    results: list[dict]

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode("utf-8")


def generate_judge_key(path: Path, passphrase: bytes) -> rsa.RSAPublicKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    path.write_bytes(pem)
    path.chmod(0o600)
    return key.public_key()


def load_private_key(path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_sheet(sheet: ScoreSheet, key: rsa.RSAPrivateKey) -> str:
    signature = key.sign(sheet.canonical(), PSS, hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_sheet(sheet: ScoreSheet, signature_b64: str, public_pem: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(base64.b64decode(signature_b64), sheet.canonical(), PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def public_pem(key: rsa.RSAPublicKey) -> bytes:
    return key.public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
