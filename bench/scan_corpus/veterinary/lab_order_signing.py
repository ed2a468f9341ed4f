"""Key management for signing outbound lab orders sent to the reference laboratory."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class LabOrderSigner:
    key_filename = "lab_orders_signing.pem"

    def __init__(self, key_dir: Path):
        self._path = key_dir / self.key_filename
        self._passphrase = os.environ["LAB_SIGNING_KEY_PASSPHRASE"].encode()
        self._key = None

    def generate_key(self) -> bytes:
        key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        self._key = key
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def _load(self):
        if self._key is None:
            self._key = serialization.load_pem_private_key(
                self._path.read_bytes(), password=self._passphrase
            )
        return self._key

    def sign(self, order_payload: bytes) -> bytes:
        return self._load().sign(
            order_payload,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
