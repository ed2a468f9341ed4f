"""Key management for CDN asset-manifest signing.

Keys are rotated each major release. The active key id is written next to the
keys so the build farm can publish the matching public key to the launcher.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

RSA_KEY_BITS = 3072
RSA_PUBLIC_EXPONENT = 65537
SIGNATURE_PADDING = padding.PSS(
    mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH
)


class ManifestKeyring:
    def __init__(self, root: Path):
        self.root = root

    def _passphrase(self) -> bytes:
        return os.environ["MANIFEST_KEY_PASSPHRASE"].encode()

    def _private_path(self, key_id: str) -> Path:
        return self.root / f"{key_id}.key.pem"

    def _public_path(self, key_id: str) -> Path:
        return self.root / f"{key_id}.pub.pem"

    def rotate(self) -> str:
        key_id = datetime.now(timezone.utc).strftime("mk-%Y%m%d%H%M")
        key = rsa.generate_private_key(public_exponent=RSA_PUBLIC_EXPONENT, key_size=RSA_KEY_BITS)
        self.root.mkdir(parents=True, exist_ok=True)
        encrypted = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase()),
        )
        fd = os.open(self._private_path(key_id), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(encrypted)
        self._public_path(key_id).write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        (self.root / "ACTIVE").write_text(key_id)
        return key_id

    def active_key_id(self) -> str:
        return (self.root / "ACTIVE").read_text().strip()

    def sign(self, payload: bytes) -> tuple[str, bytes]:
        key_id = self.active_key_id()
        key = serialization.load_pem_private_key(
            self._private_path(key_id).read_bytes(), self._passphrase()
        )
        return key_id, key.sign(payload, SIGNATURE_PADDING, hashes.SHA256())

    def verify(self, key_id: str, payload: bytes, signature: bytes) -> bool:
        public = serialization.load_pem_public_key(self._public_path(key_id).read_bytes())
        try:
            public.verify(signature, payload, SIGNATURE_PADDING, hashes.SHA256())
        except InvalidSignature:
            return False
        return True
