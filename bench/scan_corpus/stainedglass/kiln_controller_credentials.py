"""Encrypted storage of network credentials for the studio's kiln controllers.

Each kiln controller (Bartlett, Orton) joins the workshop Wi-Fi and posts
firing telemetry. Its credentials are kept encrypted in the inventory table.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class KilnRecord:
    serial: str
    model: str
    location: str
    sealed_credentials: str = ""


class KilnCredentialSealer:
    """Seals Wi-Fi and cloud credentials per kiln serial number."""

    def __init__(self, master_key: bytes) -> None:
        self._aead = AESGCM(master_key)

    @staticmethod
    def _nonce_for(serial: str) -> bytes:
        return hashlib.sha256(serial.encode("ascii")).digest()[:12]

    def seal(self, kiln: KilnRecord, credentials: dict[str, str]) -> None:
        nonce = self._nonce_for(kiln.serial)
        blob = self._aead.encrypt(nonce, json.dumps(credentials).encode(), kiln.serial.encode())
        kiln.sealed_credentials = base64.b64encode(blob).decode()

    def unseal(self, kiln: KilnRecord) -> dict[str, str]:
        nonce = self._nonce_for(kiln.serial)
        blob = base64.b64decode(kiln.sealed_credentials)
        plain = self._aead.decrypt(nonce, blob, kiln.serial.encode())
        return json.loads(plain)

    def rotate_wifi(self, kiln: KilnRecord, ssid: str, passphrase: str) -> None:
        current = self.unseal(kiln) if kiln.sealed_credentials else {}
        current.update({"ssid": ssid, "passphrase": passphrase})
        self.seal(kiln, current)


def load_sealer() -> KilnCredentialSealer:
    key = base64.b64decode(os.environ["KILN_CREDENTIAL_KEY"])
    return KilnCredentialSealer(key)


if __name__ == "__main__":
    sealer = load_sealer()
    kiln = KilnRecord(serial="BT-22871", model="Bartlett Genesis", location="Annealing bay")
    sealer.seal(kiln, {"ssid": "studio-shop", "passphrase": os.environ.get("SHOP_WIFI", "")})
    print(kiln.serial, len(kiln.sealed_credentials))
