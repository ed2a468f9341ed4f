"""Encrypted export of student progress logbooks for transfer between schools."""
from __future__ import annotations

import json
import os
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_export_params() -> Dict[str, bytes]:
    return {
        "key": bytes.fromhex(os.environ["LOGBOOK_EXPORT_KEY"]),
        "iv": bytes.fromhex("3f1a9c0d5e7b2a4c8d6e0f1a2b3c4d5e"),
    }


class LogbookExporter:
    """Packs a student's logbook (sessions, skills, hours on water) into an encrypted blob."""

    def __init__(self) -> None:
        self._params = _load_export_params()

    def _encryptor(self):
        cipher = Cipher(algorithms.AES(self._params["key"]), modes.CBC(self._params["iv"]))
        return cipher.encryptor()

    def _decryptor(self):
        cipher = Cipher(algorithms.AES(self._params["key"]), modes.CBC(self._params["iv"]))
        return cipher.decryptor()

    def export(self, logbook: Dict[str, Any]) -> bytes:
        payload = json.dumps(logbook, sort_keys=True).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(payload) + padder.finalize()
        enc = self._encryptor()
        return enc.update(padded) + enc.finalize()

    def load(self, blob: bytes) -> Dict[str, Any]:
        dec = self._decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


def export_student(repo, student_id: int, out_dir: str) -> str:
    logbook = repo.logbook_for(student_id)
    path = os.path.join(out_dir, f"logbook_{student_id}.bin")
    with open(path, "wb") as fh:
        fh.write(LogbookExporter().export(logbook))
    return path
