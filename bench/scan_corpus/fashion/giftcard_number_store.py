"""At-rest protection for gift card numbers.

Numbers are encrypted with AES-GCM under a random nonce. Support still needs
to look cards up by the printed number, so a keyed HMAC of the number is kept
alongside as a blind index.
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class GiftCardNumberStore:
    def __init__(self, enc_key: bytes | None = None, index_key: bytes | None = None):
        self._aead = AESGCM(enc_key or base64.b64decode(os.environ["GIFTCARD_ENC_KEY"]))
        self._index_key = index_key or base64.b64decode(os.environ["GIFTCARD_INDEX_KEY"])

    @staticmethod
    def _normalise(card_number: str) -> bytes:
        return card_number.replace(" ", "").replace("-", "").encode("ascii")

    def blind_index(self, card_number: str) -> str:
        mac = hmac.new(self._index_key, self._normalise(card_number), hashlib.sha256)
        return mac.hexdigest()

    def seal(self, card_number: str, card_id: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, self._normalise(card_number), card_id.encode())
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def open(self, sealed: str, card_id: str) -> str:
        raw = base64.urlsafe_b64decode(sealed)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, card_id.encode()).decode("ascii")


def find_card(db, store: GiftCardNumberStore, card_number: str):
    return db.execute(
        "SELECT id, balance_cents, status FROM gift_card WHERE number_index = %s",
        (store.blind_index(card_number),),
    ).fetchone()
