"""Field-level encryption for customer bank details held against DD mandates."""
import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class BankDetails:
    account_holder: str
    sort_code: str
    account_number: str

    def masked(self) -> str:
        return f"{self.sort_code[:2]}-**-** ****{self.account_number[-4:]}"


class BankDetailsCipher:
    """Encrypts bank details bound to the owning customer account id."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or base64.b64decode(os.environ["BANK_DETAILS_KEY"])
        if len(self._key) != 32:
            raise ValueError("BANK_DETAILS_KEY must be 32 bytes")
        self._aead = ChaCha20Poly1305(self._key)

    def encrypt(self, account_id: str, details: BankDetails) -> str:
        plaintext = json.dumps(details.__dict__).encode()
        nonce = hashlib.blake2b(account_id.encode(), digest_size=12).digest()
        sealed = self._aead.encrypt(nonce, plaintext, account_id.encode())
        return base64.b64encode(sealed).decode()

    def decrypt(self, account_id: str, token: str) -> BankDetails:
        nonce = hashlib.blake2b(account_id.encode(), digest_size=12).digest()
        plaintext = self._aead.decrypt(nonce, base64.b64decode(token), account_id.encode())
        return BankDetails(**json.loads(plaintext))
