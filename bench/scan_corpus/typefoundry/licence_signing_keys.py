"""Key management for signed licence certificates.

Each licence PDF and the matching JSON certificate are signed so resellers
and customers can prove which fonts they bought.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def generate_signing_key(key_size: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


class LicenceKeyring:
    """Stores the current signing key on disk, encrypted with a passphrase."""

    def __init__(self, key_dir: Path) -> None:
        self.key_dir = key_dir
        self.key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    @property
    def _passphrase(self) -> bytes:
        return os.environ["LICENCE_KEY_PASSPHRASE"].encode("utf-8")

    def rotate(self) -> str:
        key = generate_signing_key()
        key_id = datetime.now(timezone.utc).strftime("lk-%Y%m%d%H%M%S")
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        path = self.key_dir / f"{key_id}.pem"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        (self.key_dir / "current").write_text(key_id)
        return key_id

    def current(self) -> tuple[str, rsa.RSAPrivateKey]:
        key_id = (self.key_dir / "current").read_text().strip()
        pem = (self.key_dir / f"{key_id}.pem").read_bytes()
        key = serialization.load_pem_private_key(pem, password=self._passphrase)
        return key_id, key


def sign_certificate(keyring: LicenceKeyring, certificate: dict) -> dict:
    key_id, key = keyring.current()
    body = json.dumps(certificate, sort_keys=True, separators=(",", ":")).encode()
    signature = key.sign(
        body,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )
    return {"certificate": certificate, "key_id": key_id, "signature": signature.hex()}


def verify_certificate(public_key: rsa.RSAPublicKey, signed: dict) -> bool:
    body = json.dumps(signed["certificate"], sort_keys=True, separators=(",", ":")).encode()
    try:
        public_key.verify(
            bytes.fromhex(signed["signature"]),
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
    except Exception:
        return False
    return True
