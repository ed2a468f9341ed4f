"""Signing of passenger manifests sent to airlines and coach operators on tour."""
import base64
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class ManifestSigner:
    """Holds the tour office signing key; partners verify with the published public key."""

    key_bits: int = 3072
    public_exponent: int = 65537
    _key: rsa.RSAPrivateKey | None = field(default=None, repr=False)

    def generate(self) -> None:
        self._key = rsa.generate_private_key(public_exponent=self.public_exponent, key_size=self.key_bits)

    def load(self, pem: bytes) -> None:
        self._key = serialization.load_pem_private_key(
            pem, password=os.environ["MANIFEST_KEY_PASSPHRASE"].encode()
        )

    def export_private(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(os.environ["MANIFEST_KEY_PASSPHRASE"].encode()),
        )

    def export_public(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign_manifest(self, manifest_csv: bytes) -> str:
        if self._key is None:
            raise RuntimeError("Signing key not loaded")
        signature = self._key.sign(
            manifest_csv,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return base64.b64encode(signature).decode()


def manifest_csv(passengers: list[dict]) -> bytes:
    lines = ["surname,given_names,date_of_birth,passport_number,role"]
    for p in passengers:
        lines.append(
            ",".join(
                [p["surname"], p["given_names"], p["dob"], p["passport"], p.get("role", "singer")]
            )
        )
    return ("\n".join(lines) + "\n").encode()
