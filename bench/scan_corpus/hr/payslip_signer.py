"""Detached signatures for payslip PDFs so employees and banks can verify them."""
import base64
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class PayslipSigner:
    key_size = 1024
    public_exponent = 65537

    def __init__(self, key_path: Path, passphrase: bytes):
        self.key_path = key_path
        self._passphrase = passphrase
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self.key_path.exists():
            return serialization.load_pem_private_key(
                self.key_path.read_bytes(), password=self._passphrase
            )
        key = rsa.generate_private_key(public_exponent=self.public_exponent, key_size=self.key_size)
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        self.key_path.write_bytes(pem)
        self.key_path.chmod(0o600)
        return key

    def sign(self, pdf_bytes: bytes) -> str:
        signature = self._key.sign(
            pdf_bytes,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(signature).decode()

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
