"""Key management for signing employment verification letters and payslips."""
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class DocumentSigningKey:
    key_size = 3072
    public_exponent = 65537

    def __init__(self, key_path: Path, passphrase: bytes):
        self.key_path = key_path
        self._passphrase = passphrase
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self.key_path.exists():
            key = serialization.load_pem_private_key(self.key_path.read_bytes(), password=self._passphrase)
            if key.key_size < self.key_size:
                raise ValueError(f"{self.key_path} holds a {key.key_size}-bit key; rotate it")
            return key
        key = rsa.generate_private_key(public_exponent=self.public_exponent, key_size=self.key_size)
        self.key_path.write_bytes(
            key.private_bytes(
                encoding=serialization.Encoding.PEM,
                format=serialization.PrivateFormat.PKCS8,
                encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
            )
        )
        self.key_path.chmod(0o600)
        return key

    def sign(self, document: bytes) -> bytes:
        return self._key.sign(
            document,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
