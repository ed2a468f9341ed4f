"""Encrypt monthly production reports before they leave the plant network.

Reports (pack-to-melt, energy per tonne, furnace pull) are uploaded to the
group controlling share.  Each report is sealed with ChaCha20-Poly1305; the
report period and plant code are bound as associated data.
"""
from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FORMAT_TAG = b"GWRPT1"
HEADER = struct.Struct(">6s12s")


@dataclass(frozen=True)
class ReportKey:
    key_id: str
    material: bytes

    @classmethod
    def from_env(cls) -> "ReportKey":
        return cls(
            key_id=os.environ["REPORT_KEY_ID"],
            material=base64.b64decode(os.environ["REPORT_KEY"]),
        )


def _aad(plant: str, period: str, key_id: str) -> bytes:
    return f"{plant}|{period}|{key_id}".encode("utf-8")


def seal_report(report: dict, plant: str, period: str, key: ReportKey) -> bytes:
    nonce = os.urandom(12)
    body = json.dumps(report, sort_keys=True).encode("utf-8")
    sealed = ChaCha20Poly1305(key.material).encrypt(nonce, body, _aad(plant, period, key.key_id))
    return HEADER.pack(FORMAT_TAG, nonce) + sealed


def open_report(blob: bytes, plant: str, period: str, key: ReportKey) -> dict:
    tag, nonce = HEADER.unpack_from(blob)
    if tag != FORMAT_TAG:
        raise ValueError("not a sealed production report")
    body = ChaCha20Poly1305(key.material).decrypt(
        nonce, blob[HEADER.size:], _aad(plant, period, key.key_id)
    )
    return json.loads(body)


if __name__ == "__main__":
    import sys

    k = ReportKey.from_env()
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    sys.stdout.buffer.write(seal_report(data, sys.argv[2], sys.argv[3], k))
