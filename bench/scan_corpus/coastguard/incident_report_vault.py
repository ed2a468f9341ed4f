"""Encrypted storage for closed SAR incident reports.

Reports can contain casualty medical details, so they are encrypted before
they are written to the shared document store.
"""
import base64
import json
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

VAULT_SETTINGS = {
    "key_env": "INCIDENT_VAULT_KEY",
    "iv": b"RCC-INCIDENT-V01",
    "encoding": "utf-8",
}


class IncidentReportVault:
    def __init__(self, store, settings: dict = VAULT_SETTINGS):
        self.store = store
        self.settings = settings
        self._key = base64.b64decode(os.environ[settings["key_env"]])

    def _cipher(self):
        return AES.new(self._key, AES.MODE_CBC, iv=self.settings["iv"])

    def put(self, incident_id: str, report: dict) -> None:
        raw = json.dumps(report).encode(self.settings["encoding"])
        blob = self._cipher().encrypt(pad(raw, AES.block_size))
        self.store.write(f"reports/{incident_id}.enc", blob)

    def get(self, incident_id: str) -> dict:
        blob = self.store.read(f"reports/{incident_id}.enc")
        raw = unpad(self._cipher().decrypt(blob), AES.block_size)
        return json.loads(raw.decode(self.settings["encoding"]))
