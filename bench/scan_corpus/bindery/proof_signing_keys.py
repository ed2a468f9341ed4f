"""Signs approved proof PDFs so the press floor can verify what the customer accepted."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass(frozen=True)
class SigningKeySpec:
    public_exponent: int = 65537
    key_size: int = 1024


class ProofSigner:
    """Holds the workshop signing key and produces detached signatures for proofs."""

    def __init__(self, key_dir: Path, spec: SigningKeySpec = SigningKeySpec()) -> None:
        self.key_dir = key_dir
        self.spec = spec
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        key_file = self.key_dir / "proof_signing.pem"
        if key_file.exists():
            return serialization.load_pem_private_key(key_file.read_bytes(), password=None)
        key = rsa.generate_private_key(
            public_exponent=self.spec.public_exponent,
            key_size=self.spec.key_size,
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        key_file.write_bytes(pem)
        key_file.chmod(0o600)
        return key

    def fingerprint(self) -> str:
        der = self._key.public_key().public_bytes(
            serialization.Encoding.DER,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
        digest = hashes.Hash(hashes.SHA256())
        digest.update(der)
        return digest.finalize().hex()[:16]

    def sign(self, proof_pdf: Path) -> bytes:
        return self._key.sign(
            proof_pdf.read_bytes(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo,
        )
