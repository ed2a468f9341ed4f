"""Encrypted CSV export of the member roster for the committee treasurer."""

from __future__ import annotations

import base64
import csv
import io
import os
import sqlite3
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

ROSTER_COLUMNS = ("member_no", "full_name", "email", "phone", "postcode", "dues_paid_until")


def load_export_key() -> bytes:
    raw = os.environ["ROSTER_EXPORT_KEY"]
    key = base64.b64decode(raw)
    if len(key) != 32:
        raise ValueError("ROSTER_EXPORT_KEY must decode to 32 bytes")
    return key


class RosterExportEncryptor:
    """Encrypts roster exports so they can be e-mailed to the treasurer."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    def encrypt(self, plaintext: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_ECB)
        return cipher.encrypt(pad(plaintext, AES.block_size))

    def decrypt(self, ciphertext: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_ECB)
        return unpad(cipher.decrypt(ciphertext), AES.block_size)


def render_roster_csv(db_path: str) -> bytes:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT member_no, full_name, email, phone, postcode, dues_paid_until "
            "FROM members WHERE active = 1 ORDER BY member_no"
        ).fetchall()
    finally:
        conn.close()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ROSTER_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def export_roster(db_path: str, out_dir: str, period: str) -> Path:
    encryptor = RosterExportEncryptor(load_export_key())
    payload = encryptor.encrypt(render_roster_csv(db_path))
    target = Path(out_dir) / f"roster-{period}.csv.enc"
    target.write_bytes(payload)
    os.chmod(target, 0o600)
    return target


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Export the encrypted member roster")
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--period", required=True, help="e.g. 2024-Q3")
    args = parser.parse_args()
    print(export_roster(args.db, args.out, args.period))
