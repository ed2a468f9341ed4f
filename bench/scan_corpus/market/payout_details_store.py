"""Stores seller bank details encrypted in the payouts table."""
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class PayoutDetailsStore:
    def __init__(self, db, key: bytes | None = None):
        self.db = db
        self._cipher = ChaCha20Poly1305(key or bytes.fromhex(os.environ["PAYOUT_KEY_HEX"]))

    def save(self, seller_id: int, iban: str) -> None:
        nonce = os.urandom(12)
        ct = self._cipher.encrypt(nonce, iban.encode(), str(seller_id).encode())
        self.db.execute(
            "UPDATE sellers SET iban_enc = %s WHERE id = %s",
            (nonce + ct, seller_id),
        )

    def load(self, seller_id: int) -> str:
        row = self.db.fetchone("SELECT iban_enc FROM sellers WHERE id = %s", (seller_id,))
        blob = bytes(row[0])
        return self._cipher.decrypt(blob[:12], blob[12:], str(seller_id).encode()).decode()
