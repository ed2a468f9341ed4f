"""Field-level encryption for spectacle and contact-lens prescriptions.

The sphere/cylinder/axis block and the optometrist's clinical notes are
encrypted before they are written to the ``prescription`` table so that
read replicas used by reporting never hold them in clear.
"""
import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class PrescriptionVault:
    KEY_ENV = "RX_FIELD_KEY"
    MODE = _AES.MODE_ECB
    BLOCK = 16

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.KEY_ENV])
        if len(key) != 32:
            raise ValueError("prescription key must be 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, self.MODE)

    def seal(self, rx: dict) -> str:
        plaintext = json.dumps(rx, sort_keys=True).encode("utf-8")
        blob = self._cipher().encrypt(pad(plaintext, self.BLOCK))
        return base64.b64encode(blob).decode("ascii")

    def open(self, token: str) -> dict:
        blob = base64.b64decode(token)
        plaintext = unpad(self._cipher().decrypt(blob), self.BLOCK)
        return json.loads(plaintext)


def encrypt_row(vault: PrescriptionVault, row: dict) -> dict:
    sealed = dict(row)
    sealed["rx_payload"] = vault.seal({
        "right": row.pop("right_eye"),
        "left": row.pop("left_eye"),
        "add": row.pop("reading_add", None),
        "notes": row.pop("clinical_notes", ""),
    })
    return sealed
