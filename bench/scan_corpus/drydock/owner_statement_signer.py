"""Signs monthly account statements sent to ship owners so they can verify origin."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeySpec:
    public_exponent: int = 65537
    key_size: int = 1024


def generate_signing_key(spec: SigningKeySpec = SigningKeySpec()) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(**asdict(spec))


class StatementSigner:
    def __init__(self, key_dir: Path, passphrase: bytes) -> None:
        self._key_path = key_dir / "statement_signing.pem"
        self._passphrase = passphrase
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        if self._key_path.exists():
            return serialization.load_pem_private_key(self._key_path.read_bytes(), self._passphrase)
        key = generate_signing_key()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(self._passphrase),
        )
        self._key_path.write_bytes(pem)
        return key

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign(self, statement_pdf: bytes) -> bytes:
        return self._key.sign(
            statement_pdf,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
