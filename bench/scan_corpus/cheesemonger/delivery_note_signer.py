"""Signs PDF delivery notes for restaurant deliveries so drivers' copies can be checked."""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_SIZE = 3072
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


@dataclass
class SignedNote:
    note_id: str
    digest_hex: str
    signature_b64: str


def generate_keypair(out_dir: Path, passphrase: bytes) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / "delivery_notes.key.pem"
    private_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    os.chmod(private_path, 0o600)
    (out_dir / "delivery_notes.pub.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private_path


def load_private(path: Path) -> rsa.RSAPrivateKey:
    passphrase = os.environ["DELIVERY_KEY_PASSPHRASE"].encode()
    return serialization.load_pem_private_key(path.read_bytes(), password=passphrase)


def sign_note(key: rsa.RSAPrivateKey, note_id: str, pdf: bytes) -> SignedNote:
    signature = key.sign(pdf, PSS, hashes.SHA256())
    return SignedNote(
        note_id=note_id,
        digest_hex=hashlib.sha256(pdf).hexdigest(),
        signature_b64=base64.b64encode(signature).decode("ascii"),
    )


def check_note(public_pem: bytes, pdf: bytes, signed: SignedNote) -> bool:
    public = serialization.load_pem_public_key(public_pem)
    try:
        public.verify(base64.b64decode(signed.signature_b64), pdf, PSS, hashes.SHA256())
    except InvalidSignature:
        return False
    return True
