"""Signing keys for load-test certificates.

Every certificate PDF gets a detached signature so that crane operators
and inspectors can check it was issued by the ropeworks test lab.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningSettings:
    key_dir: Path = Path("/etc/ropeworks/cert-signing")
    key_size: int = 3072
    public_exponent: int = 65537


class CertificateSigner:
    def __init__(self, passphrase: bytes, settings: SigningSettings | None = None) -> None:
        self.settings = settings or SigningSettings()
        self._passphrase = passphrase
        self._key: rsa.RSAPrivateKey | None = None

    @property
    def key_path(self) -> Path:
        return self.settings.key_dir / "lab_signing_key.pem"

    def generate(self) -> None:
        key = rsa.generate_private_key(
            public_exponent=self.settings.public_exponent,
            key_size=self.settings.key_size,
        )
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(self._passphrase),
        )
        self.settings.key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.key_path.write_bytes(pem)
        self.key_path.chmod(0o600)
        self._key = key

    def _load(self) -> rsa.RSAPrivateKey:
        if self._key is None:
            self._key = serialization.load_pem_private_key(
                self.key_path.read_bytes(), password=self._passphrase
            )
        return self._key

    def sign_pdf(self, pdf: Path) -> Path:
        signature = self._load().sign(
            pdf.read_bytes(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        sig_path = pdf.with_suffix(".pdf.sig")
        sig_path.write_bytes(signature)
        return sig_path

    def public_pem(self) -> bytes:
        return self._load().public_key().public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
