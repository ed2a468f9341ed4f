"""Stores the personal details behind "adopt a bird" sponsorships.

Sponsors receive a yearly certificate and updates about their adopted owl or
hawk; their postal address is encrypted before it is written to the database.
"""
import base64
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from falconer.config import settings

TAG_BYTES = 16
NONCE_BYTES = 12


@dataclass
class Sponsorship:
    sponsor_id: int
    bird_ring: str
    display_name: str
    postal_address: str


class SponsorAddressCipher:
    def __init__(self, key_b64: str = settings.SPONSOR_ADDRESS_KEY):
        self._key = base64.b64decode(key_b64)

    def encrypt(self, sponsor_id: int, address: str) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(str(sponsor_id).encode("ascii"))
        body, tag = cipher.encrypt_and_digest(address.encode("utf-8"))
        return base64.b64encode(nonce + tag + body).decode("ascii")

    def decrypt(self, sponsor_id: int, blob: str) -> str:
        raw = base64.b64decode(blob)
        nonce, tag, body = raw[:NONCE_BYTES], raw[NONCE_BYTES : NONCE_BYTES + TAG_BYTES], raw[NONCE_BYTES + TAG_BYTES :]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(str(sponsor_id).encode("ascii"))
        return cipher.decrypt_and_verify(body, tag).decode("utf-8")


class SponsorshipRepository:
    def __init__(self, db, cipher: SponsorAddressCipher | None = None):
        self.db = db
        self.cipher = cipher or SponsorAddressCipher()

    def add(self, sponsorship: Sponsorship) -> None:
        self.db.execute(
            "INSERT INTO sponsorships (sponsor_id, bird_ring, display_name, address_enc) VALUES (?, ?, ?, ?)",
            (
                sponsorship.sponsor_id,
                sponsorship.bird_ring,
                sponsorship.display_name,
                self.cipher.encrypt(sponsorship.sponsor_id, sponsorship.postal_address),
            ),
        )

    def mailing_address(self, sponsor_id: int) -> str:
        row = self.db.execute("SELECT address_enc FROM sponsorships WHERE sponsor_id = ?", (sponsor_id,)).fetchone()
        return self.cipher.decrypt(sponsor_id, row[0])
