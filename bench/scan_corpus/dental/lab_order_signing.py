"""Signs digital lab prescriptions (crowns, aligners) sent to partner dental labs."""
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class LabOrderSigner:
    def __init__(self, key_dir: Path, key_bits: int = 1024):
        self.key_dir = key_dir
        self.key_bits = key_bits
        self._key = None

    @property
    def key_path(self) -> Path:
        return self.key_dir / "lab_signing_key.pem"

    def ensure_key(self) -> rsa.RSAPrivateKey:
        if self._key is not None:
            return self._key
        passphrase = os.environ["LAB_SIGNING_PASSPHRASE"].encode()
        if self.key_path.exists():
            self._key = serialization.load_pem_private_key(self.key_path.read_bytes(), password=passphrase)
        else:
            self._key = rsa.generate_private_key(public_exponent=65537, key_size=self.key_bits)
            pem = self._key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
            self.key_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
        return self._key

    def public_pem(self) -> bytes:
        return self.ensure_key().public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign_order(self, order: dict) -> dict:
        body = json.dumps(order, sort_keys=True, separators=(",", ":")).encode()
        signature = self.ensure_key().sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return {"order": order, "signature": signature.hex()}
