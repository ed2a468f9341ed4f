"""Provisions signing keys for wholesale accounts that receive signed statements."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class WholesaleAccount:
    account_id: str
    store_name: str
    buyer_email: str


@dataclass
class KeyRecord:
    account_id: str
    created_at: datetime
    public_pem: bytes
    private_path: Path


def generate_account_key(public_exponent: int = 65537, key_size: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=public_exponent, key_size=key_size)


class AccountKeyStore:
    def __init__(self, root: Path, passphrase: bytes) -> None:
        self.root = root
        self._passphrase = passphrase

    def provision(self, account: WholesaleAccount) -> KeyRecord:
        key = generate_account_key()
        private_path = self.root / f"{account.account_id}.pem"
        private_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(self._passphrase),
            )
        )
        public_pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return KeyRecord(account.account_id, datetime.now(timezone.utc), public_pem, private_path)

    def load(self, account_id: str) -> rsa.RSAPrivateKey:
        data = (self.root / f"{account_id}.pem").read_bytes()
        return serialization.load_pem_private_key(data, password=self._passphrase)

    def sign_statement(self, account_id: str, statement: bytes) -> bytes:
        return self.load(account_id).sign(
            statement,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
