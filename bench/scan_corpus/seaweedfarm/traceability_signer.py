"""Signs traceability exports so buyers can check they came from the farm.

The farm publishes its public key on the buyer portal; the detached
signature is written next to every export archive.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeySpec:
    key_size: int = 3072
    public_exponent: int = 65537


class TraceabilityKeyStore:
    spec = SigningKeySpec()

    def __init__(self, key_file: Path, passphrase: bytes) -> None:
        self._key_file = key_file
        self._passphrase = passphrase

    def _create(self) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(public_exponent=self.spec.public_exponent, key_size=self.spec.key_size)
        self._key_file.parent.mkdir(parents=True, exist_ok=True)
        self._key_file.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(self._passphrase),
            )
        )
        self._key_file.chmod(0o600)
        return key

    def private_key(self) -> rsa.RSAPrivateKey:
        if not self._key_file.exists():
            return self._create()
        return serialization.load_pem_private_key(self._key_file.read_bytes(), password=self._passphrase)


class ExportSigner:
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)

    def __init__(self, store: TraceabilityKeyStore) -> None:
        self._key = store.private_key()

    def sign_file(self, archive: Path) -> Path:
        signature = self._key.sign(archive.read_bytes(), self.pss, hashes.SHA256())
        sig_path = archive.with_suffix(archive.suffix + ".sig")
        sig_path.write_bytes(signature)
        return sig_path

    def verify_file(self, archive: Path, sig_path: Path) -> None:
        self._key.public_key().verify(sig_path.read_bytes(), archive.read_bytes(), self.pss, hashes.SHA256())
