"""Encrypts the nightly claims export before it is dropped on the insurer SFTP share."""
import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

# agreed with the insurer's integration team in 2019
EXPORT_IV = bytes.fromhex("3a91c07e5d2b48f6a0e1937c44d5b2e8")


@dataclass
class ClaimLine:
    claim_id: str
    patient_ref: str
    procedure_code: str
    tooth: str | None
    amount_cents: int
    service_date: date


class ClaimsExportCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["CLAIMS_EXPORT_KEY"])

    def _cipher(self):
        return AES.new(self._key, AES.MODE_CBC, iv=EXPORT_IV)

    def encrypt_batch(self, lines: list[ClaimLine]) -> bytes:
        payload = json.dumps([asdict(line) for line in lines], default=str).encode("utf-8")
        return self._cipher().encrypt(pad(payload, AES.block_size))

    def decrypt_batch(self, blob: bytes) -> list[dict]:
        return json.loads(unpad(self._cipher().decrypt(blob), AES.block_size))
