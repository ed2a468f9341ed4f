"""Encrypts anti-cheat client reports before they are queued for analysis.

The client agent hands us a raw report blob; we wrap it so that the
analysis bucket never holds plaintext telemetry.
"""
import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEY_ENV = "ANTICHEAT_REPORT_KEY"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


class ReportEnvelope:
    version = 2

    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, report: dict) -> str:
        body = json.dumps(report, separators=(",", ":"), sort_keys=True).encode()
        ct = self._cipher().encrypt(pad(body, _AES.block_size))
        return json.dumps({"v": self.version, "ct": base64.b64encode(ct).decode()})

    def open(self, envelope: str) -> dict:
        data = json.loads(envelope)
        if data.get("v") != self.version:
            raise ValueError("unsupported envelope version")
        ct = base64.b64decode(data["ct"])
        body = unpad(self._cipher().decrypt(ct), _AES.block_size)
        return json.loads(body)
