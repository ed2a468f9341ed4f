"""Pseudonymized storage of licence plates for the LPR read store.

Each plate gets a keyed blind index (HMAC) so the hotlist matcher can find
reads for a plate, and the plate itself is stored with AES-GCM under a
separate key so it can be recovered for a citation.
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


def _key(name: str) -> bytes:
    return base64.b64decode(os.environ[name])


class PlatePseudonymizer:
    def __init__(self):
        self._index_key = _key("LPR_INDEX_KEY")
        self._aead = AESGCM(_key("LPR_PLATE_KEY"))

    @staticmethod
    def normalize(plate: str, state: str) -> bytes:
        return f"{state.upper()}:{plate.replace(' ', '').upper()}".encode()

    def blind_index(self, plate: str, state: str) -> str:
        return hmac.new(self._index_key, self.normalize(plate, state), hashlib.sha256).hexdigest()

    def seal(self, plate: str, state: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, self.normalize(plate, state), b"lpr-plate-v1")
        return base64.b64encode(nonce + ct).decode()

    def open(self, token: str) -> tuple[str, str]:
        raw = base64.b64decode(token)
        pt = self._aead.decrypt(raw[:NONCE_LEN], raw[NONCE_LEN:], b"lpr-plate-v1")
        state, plate = pt.decode().split(":", 1)
        return plate, state
