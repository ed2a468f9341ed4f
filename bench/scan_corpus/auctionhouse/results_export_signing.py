"""Signs auction results exports so aggregators can check they came from us."""

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class ResultsSigner:
    def __init__(self, key_path: Path, key_size: int = 1024, public_exponent: int = 65537):
        self.key_path = Path(key_path)
        self.key_size = key_size
        self.public_exponent = public_exponent
        self._key = None

    def _passphrase(self) -> bytes:
        return os.environ["RESULTS_SIGNING_PASSPHRASE"].encode("utf-8")

    def _load_or_create(self):
        if self.key_path.exists():
            return serialization.load_pem_private_key(self.key_path.read_bytes(), password=self._passphrase())
        key = rsa.generate_private_key(public_exponent=self.public_exponent, key_size=self.key_size)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase()),
        )
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return key

    @property
    def key(self):
        if self._key is None:
            self._key = self._load_or_create()
        return self._key

    def sign(self, export_bytes: bytes) -> bytes:
        return self.key.sign(
            export_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
