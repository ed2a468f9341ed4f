"""Pairing of packing-line label printers with the central print server.

Each thermal printer on the jar line must present a pairing token before the
print server will send it label jobs (lot code, best-before, net weight).
"""
from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlite3


@dataclass
class PrinterRegistration:
    printer_serial: str
    line_number: int
    token_digest: str
    paired_at: datetime


class PrinterPairingService:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS printer_pairing ("
            " serial TEXT PRIMARY KEY, line INTEGER, token_digest TEXT, paired_at TEXT)"
        )

    @staticmethod
    def _pairing_token() -> str:
        return uuid.uuid1().hex

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def pair(self, printer_serial: str, line_number: int) -> str:
        token = self._pairing_token()
        reg = PrinterRegistration(
            printer_serial=printer_serial,
            line_number=line_number,
            token_digest=self._digest(token),
            paired_at=datetime.now(timezone.utc),
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO printer_pairing (serial, line, token_digest, paired_at) VALUES (?, ?, ?, ?)",
            (reg.printer_serial, reg.line_number, reg.token_digest, reg.paired_at.isoformat()),
        )
        self._conn.commit()
        return token

    def is_paired(self, printer_serial: str, presented_token: str) -> bool:
        row = self._conn.execute(
            "SELECT token_digest FROM printer_pairing WHERE serial = ?", (printer_serial,)
        ).fetchone()
        if row is None:
            return False
        return hmac.compare_digest(row[0], self._digest(presented_token))

    def unpair(self, printer_serial: str) -> None:
        self._conn.execute("DELETE FROM printer_pairing WHERE serial = ?", (printer_serial,))
        self._conn.commit()
