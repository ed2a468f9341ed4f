"""Encrypted donor records for organ restoration appeals.

Many restorations are funded by a parish appeal. The firm runs the appeal
pages for some parishes and keeps donor contact details and Gift Aid
declarations encrypted at rest, with the appeal id bound into each record.
"""
import json
import os
from base64 import urlsafe_b64decode, urlsafe_b64encode
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_ENV = "APPEAL_DONOR_KEY"


@dataclass
class Donor:
    full_name: str
    email: str
    postcode: str
    gift_aid: bool
    amount_pence: int


class DonorCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or urlsafe_b64decode(os.environ[KEY_ENV]))

    def encrypt(self, appeal_id: str, donor: Donor) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(asdict(donor)).encode()
        sealed = self._aead.encrypt(nonce, plaintext, appeal_id.encode())
        return urlsafe_b64encode(nonce + sealed).decode()

    def decrypt(self, appeal_id: str, blob: str) -> Donor:
        raw = urlsafe_b64decode(blob)
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, sealed, appeal_id.encode())
        return Donor(**json.loads(plaintext))


def appeal_totals(cipher: DonorCipher, appeal_id: str, blobs: list[str]) -> dict[str, int]:
    donors = [cipher.decrypt(appeal_id, b) for b in blobs]
    return {
        "donors": len(donors),
        "total_pence": sum(d.amount_pence for d in donors),
        "gift_aid_pence": sum(d.amount_pence for d in donors if d.gift_aid),
    }
