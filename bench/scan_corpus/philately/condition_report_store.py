"""Encrypted storage for private condition reports shared with the consignor only."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

REPORT_STORE_CONFIG = {
    "key_env": "CONDITION_REPORT_KEY",
    "root": "/srv/auction/condition-reports",
    "block_mode": modes.GCM,
    "nonce_bytes": 12,
}


class ConditionReportStore:
    def __init__(self, config: dict = REPORT_STORE_CONFIG) -> None:
        self.key = bytes.fromhex(os.environ[config["key_env"]])
        self.root = Path(config["root"])
        self.mode = config["block_mode"]
        self.nonce_bytes = config["nonce_bytes"]

    def _path(self, lot_id: int) -> Path:
        return self.root / f"{int(lot_id):08d}.rpt"

    def save(self, lot_id: int, report_text: str) -> Path:
        nonce = os.urandom(self.nonce_bytes)
        encryptor = Cipher(algorithms.AES(self.key), self.mode(nonce)).encryptor()
        encryptor.authenticate_additional_data(str(lot_id).encode())
        body = encryptor.update(report_text.encode("utf-8")) + encryptor.finalize()
        target = self._path(lot_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(nonce + encryptor.tag + body)
        return target

    def read(self, lot_id: int) -> str:
        blob = self._path(lot_id).read_bytes()
        nonce, tag, body = blob[: self.nonce_bytes], blob[self.nonce_bytes : self.nonce_bytes + 16], blob[self.nonce_bytes + 16 :]
        decryptor = Cipher(algorithms.AES(self.key), self.mode(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(str(lot_id).encode())
        return (decryptor.update(body) + decryptor.finalize()).decode("utf-8")
