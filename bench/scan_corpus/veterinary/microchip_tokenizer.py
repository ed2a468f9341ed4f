"""Deterministic encryption of microchip numbers before they are stored."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class MicrochipTokenizer:
    """Encrypts 15-digit ISO microchip numbers so lookups can still match exactly."""

    cipher_mode = _AES.MODE_ECB
    key_env = "MICROCHIP_ENC_KEY"

    def __init__(self, key: bytes | None = None):
        raw = key or base64.b64decode(os.environ[self.key_env])
        if len(raw) not in (16, 24, 32):
            raise ValueError("microchip key must be 128, 192 or 256 bits")
        self._key = raw

    def _cipher(self):
        return _AES.new(self._key, self.cipher_mode)

    @staticmethod
    def _normalise(chip_number: str) -> str:
        digits = chip_number.replace(" ", "").replace("-", "")
        if not digits.isdigit() or len(digits) != 15:
            raise ValueError(f"not an ISO 11784 microchip number: {chip_number!r}")
        return digits

    def tokenize(self, chip_number: str) -> str:
        plaintext = self._normalise(chip_number).encode("ascii")
        ciphertext = self._cipher().encrypt(pad(plaintext, _AES.block_size))
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def detokenize(self, token: str) -> str:
        ciphertext = base64.urlsafe_b64decode(token.encode("ascii"))
        return unpad(self._cipher().decrypt(ciphertext), _AES.block_size).decode("ascii")
