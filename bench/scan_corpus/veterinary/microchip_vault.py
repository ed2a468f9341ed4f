"""Encrypted storage for microchip numbers with a blind index for exact lookups."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class MicrochipVaultSettings:
    enc_key_env: str = "MICROCHIP_ENC_KEY"
    index_key_env: str = "MICROCHIP_INDEX_KEY"
    nonce_size: int = 12


class MicrochipVault:
    def __init__(self, settings: MicrochipVaultSettings | None = None):
        self.settings = settings or MicrochipVaultSettings()
        self._aead = AESGCM(base64.b64decode(os.environ[self.settings.enc_key_env]))
        self._index_key = base64.b64decode(os.environ[self.settings.index_key_env])

    @staticmethod
    def _normalise(chip_number: str) -> str:
        digits = chip_number.replace(" ", "").replace("-", "")
        if not digits.isdigit() or len(digits) != 15:
            raise ValueError("microchip numbers are 15 digits")
        return digits

    def blind_index(self, chip_number: str) -> str:
        """Keyed hash used for the `microchip_idx` column so scans at reception can match."""
        data = self._normalise(chip_number).encode("ascii")
        return hmac.new(self._index_key, data, hashlib.sha256).hexdigest()

    def encrypt(self, chip_number: str, patient_id: int) -> str:
        nonce = os.urandom(self.settings.nonce_size)
        aad = str(patient_id).encode("ascii")
        ct = self._aead.encrypt(nonce, self._normalise(chip_number).encode("ascii"), aad)
        return base64.b64encode(nonce + ct).decode("ascii")

    def decrypt(self, blob: str, patient_id: int) -> str:
        raw = base64.b64decode(blob)
        n = self.settings.nonce_size
        aad = str(patient_id).encode("ascii")
        return self._aead.decrypt(raw[:n], raw[n:], aad).decode("ascii")
