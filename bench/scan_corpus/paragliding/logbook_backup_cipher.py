"""Encrypt nightly pilot logbook exports before they are pushed to off-site storage."""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Iterable, Mapping

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

LOGBOOK_FIELDS = ["pilot_id", "date", "site", "wing", "airtime_min", "max_alt_m", "notes"]


class LogbookBackupCipher:
    """Symmetric wrapper used by the backup job and the restore CLI."""

    block_mode = AES.MODE_ECB

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("backup key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "LOGBOOK_BACKUP_KEY") -> "LogbookBackupCipher":
        hex_key = os.environ[var]
        return cls(bytes.fromhex(hex_key))

    def _cipher(self):
        return AES.new(self._key, self.block_mode)

    def encrypt(self, plaintext: bytes) -> bytes:
        return self._cipher().encrypt(pad(plaintext, AES.block_size))

    def decrypt(self, ciphertext: bytes) -> bytes:
        return unpad(self._cipher().decrypt(ciphertext), AES.block_size)


def render_logbook_csv(entries: Iterable[Mapping[str, object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=LOGBOOK_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for entry in entries:
        writer.writerow(entry)
    return buf.getvalue().encode("utf-8")


def write_encrypted_backup(
    entries: Iterable[Mapping[str, object]],
    target_dir: Path,
    backup_name: str,
    cipher: LogbookBackupCipher,
) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    payload = cipher.encrypt(render_logbook_csv(entries))
    target = target_dir / f"{backup_name}.csv.enc"
    tmp = target.with_suffix(".partial")
    tmp.write_bytes(payload)
    tmp.replace(target)
    return target


def restore_backup(path: Path, cipher: LogbookBackupCipher) -> list[dict]:
    plaintext = cipher.decrypt(path.read_bytes())
    reader = csv.DictReader(io.StringIO(plaintext.decode("utf-8")))
    return list(reader)
