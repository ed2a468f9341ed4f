"""Key material for the signed EDI purchase orders we send to gown suppliers."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class KeyPolicy:
    public_exponent: int = 65537
    key_size: int = 1024
    passphrase_env: str = "EDI_KEY_PASSPHRASE"


class EdiKeyring:
    def __init__(self, directory: Path, policy: KeyPolicy | None = None) -> None:
        self.directory = directory
        self.policy = policy or KeyPolicy()

    def _path(self, supplier_code: str) -> Path:
        return self.directory / f"{supplier_code.lower()}_signing.pem"

    def rotate(self, supplier_code: str, passphrase: bytes) -> bytes:
        key = rsa.generate_private_key(
            public_exponent=self.policy.public_exponent,
            key_size=self.policy.key_size,
        )
        pem = key.private_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PrivateFormat.PKCS8,
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        self._path(supplier_code).write_bytes(pem)
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign_order(self, supplier_code: str, passphrase: bytes, order_doc: bytes) -> bytes:
        key = serialization.load_pem_private_key(
            self._path(supplier_code).read_bytes(), password=passphrase
        )
        return key.sign(order_doc, padding.PKCS1v15(), hashes.SHA256())


def build_purchase_order(style_no: str, size: str, colour: str, qty: int) -> bytes:
    lines = [f"STYLE={style_no}", f"SIZE={size}", f"COLOUR={colour}", f"QTY={qty}"]
    return "\n".join(lines).encode("ascii")
