"""Encryption for archived monthly mortgage statements (servicing).

Statements are retained for seven years in cold storage; each PDF is sealed
individually so a single object can be restored for a borrower dispute.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

HEADER_VERSION = 1


class StatementSealer:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or bytes.fromhex(os.environ["STATEMENT_ARCHIVE_KEY_HEX"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("archive key must be an AES key")

    def seal(self, loan_number: str, period: str, pdf: bytes) -> bytes:
        nonce = get_random_bytes(12)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        header = json.dumps({"v": HEADER_VERSION, "loan": loan_number, "period": period}).encode()
        cipher.update(header)
        ct, tag = cipher.encrypt_and_digest(pdf)
        return len(header).to_bytes(2, "big") + header + nonce + tag + ct

    def open(self, blob: bytes) -> tuple[dict, bytes]:
        hlen = int.from_bytes(blob[:2], "big")
        header = blob[2:2 + hlen]
        rest = blob[2 + hlen:]
        nonce, tag, ct = rest[:12], rest[12:28], rest[28:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(header)
        return json.loads(header), cipher.decrypt_and_verify(ct, tag)


def archive_statement(sealer: StatementSealer, root: Path, loan_number: str, period: str, pdf: bytes) -> Path:
    target = root / loan_number / f"{period}.stmt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(sealer.seal(loan_number, period, pdf))
    return target
