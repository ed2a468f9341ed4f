"""Encryption of direct-debit bank details held in the donor CRM."""
import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "DONOR_BANK_KEY"


@dataclass(frozen=True)
class BankDetails:
    account_name: str
    sort_code: str
    account_number: str


class BankDetailsCipher:
    """AES-GCM sealing of bank details, bound to the donor id as associated data."""

    nonce_bytes = 12
    version = b"v1"

    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ[KEY_ENV])
        self._aead = AESGCM(key)

    def _aad(self, donor_id: int) -> bytes:
        return self.version + b":" + str(donor_id).encode()

    def seal(self, donor_id: int, details: BankDetails) -> str:
        nonce = os.urandom(self.nonce_bytes)
        payload = json.dumps(details.__dict__, separators=(",", ":")).encode()
        sealed = self._aead.encrypt(nonce, payload, self._aad(donor_id))
        return base64.urlsafe_b64encode(self.version + nonce + sealed).decode()

    def open(self, donor_id: int, token: str) -> BankDetails:
        raw = base64.urlsafe_b64decode(token.encode())
        version, rest = raw[:2], raw[2:]
        if version != self.version:
            raise ValueError(f"Unsupported bank details format {version!r}")
        nonce, sealed = rest[: self.nonce_bytes], rest[self.nonce_bytes :]
        payload = self._aead.decrypt(nonce, sealed, self._aad(donor_id))
        return BankDetails(**json.loads(payload))


def masked(details: BankDetails) -> str:
    """Short form shown to fundraising staff on the donor record."""
    return f"{details.account_name} ****{details.account_number[-4:]} ({details.sort_code[:2]}-**-**)"
