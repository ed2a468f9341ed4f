"""Sign risk assessments and method statements (RAMS) issued to clients.

Each depot has its own signing key. Clients can verify a RAMS PDF against
the depot's published public key before the crane arrives on site.
"""
import os
from pathlib import Path
from typing import Optional

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEY_STORE = Path(os.environ.get("RAMS_KEY_STORE", "/var/lib/cranehire/rams-keys"))
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


class DepotSigner:
    def __init__(self, depot_code: str, passphrase: Optional[bytes] = None) -> None:
        self.depot_code = depot_code
        self._passphrase = passphrase or os.environ["RAMS_KEY_PASSPHRASE"].encode()

    @property
    def key_path(self) -> Path:
        return KEY_STORE / f"{self.depot_code}.pem"

    @staticmethod
    def new_key(key_size: int = 3072) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(public_exponent=65537, key_size=key_size)

    def provision(self) -> bytes:
        key = self.new_key()
        KEY_STORE.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.BestAvailableEncryption(self._passphrase),
                )
            )
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, document: bytes) -> bytes:
        key = serialization.load_pem_private_key(
            self.key_path.read_bytes(), password=self._passphrase
        )
        return key.sign(document, _PSS, hashes.SHA256())


def verify(public_pem: bytes, document: bytes, signature: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(signature, document, _PSS, hashes.SHA256())
        return True
    except InvalidSignature:
        return False
