"""Export the certified voter roll to the state's file drop.

Rows are encrypted one at a time so the state system can stream-decrypt the
file without loading it all into memory.
"""
import csv
import io
import os
from base64 import b64encode
from typing import Iterable, Mapping

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

EXPORT_COLUMNS = ("voter_id", "last_name", "first_name", "dob", "precinct", "status")


class RollExporter:
    def __init__(self, key: bytes, nonce: bytes = b"roll-export!"):
        self._aead = ChaCha20Poly1305(key)
        self._nonce = nonce

    @classmethod
    def from_env(cls) -> "RollExporter":
        return cls(bytes.fromhex(os.environ["ROLL_EXPORT_KEY"]))

    def _encrypt_row(self, row: Mapping[str, str]) -> bytes:
        buf = io.StringIO()
        csv.writer(buf).writerow([row[c] for c in EXPORT_COLUMNS])
        ct = self._aead.encrypt(self._nonce, buf.getvalue().encode(), None)
        return b64encode(ct) + b"\n"

    def write(self, rows: Iterable[Mapping[str, str]], out_path: str) -> int:
        count = 0
        with open(out_path, "wb") as fh:
            for row in rows:
                if row.get("status") not in ("active", "inactive"):
                    continue
                fh.write(self._encrypt_row(row))
                count += 1
        return count
