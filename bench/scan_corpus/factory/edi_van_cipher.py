"""Envelope encryption for EDI 856/810 documents exchanged over the supplier VAN."""
import os
from base64 import b64decode, b64encode

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


class VanEnvelope:
    """Wraps X12 interchanges before they are dropped into the VAN mailbox."""

    def __init__(self, partner_id: str):
        self.partner_id = partner_id
        self._key = b64decode(os.environ[f"VAN_KEY_{partner_id.upper()}"])

    def wrap(self, interchange: str) -> str:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv)
        ct = cipher.encrypt(pad(interchange.encode("latin-1"), 8))
        return b64encode(iv + ct).decode("ascii")

    def unwrap(self, envelope: str) -> str:
        raw = b64decode(envelope)
        cipher = DES3.new(self._key, DES3.MODE_CBC, raw[:8])
        return unpad(cipher.decrypt(raw[8:]), 8).decode("latin-1")
