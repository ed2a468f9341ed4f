"""Signs certificate-of-registration PDFs and verifies presented signatures."""
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

SIGNING_KEY_BITS = 3072
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


@dataclass
class CertificateSigner:
    private_key: rsa.RSAPrivateKey

    @classmethod
    def fresh(cls) -> "CertificateSigner":
        return cls(rsa.generate_private_key(public_exponent=65537, key_size=SIGNING_KEY_BITS))

    @classmethod
    def from_pem(cls, path: Path, passphrase: bytes) -> "CertificateSigner":
        key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
        if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < SIGNING_KEY_BITS:
            raise ValueError("registry signing key must be RSA-3072 or larger")
        return cls(key)

    @staticmethod
    def _digest(pdf: Path) -> bytes:
        h = hashlib.sha256()
        with pdf.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                h.update(chunk)
        return h.digest()

    def sign(self, pdf: Path) -> bytes:
        return self.private_key.sign(self._digest(pdf), _PSS, utils.Prehashed(hashes.SHA256()))


def verify(public_pem: bytes, pdf: Path, signature: bytes) -> bool:
    public_key = serialization.load_pem_public_key(public_pem)
    try:
        public_key.verify(signature, CertificateSigner._digest(pdf), _PSS,
                          utils.Prehashed(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
