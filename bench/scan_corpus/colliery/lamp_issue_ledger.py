"""Ledger of cap lamps and self-rescuers issued from the lamp room.

Every lamp and self-rescuer taken underground is recorded against the miner's
check number so the lamp-room attendant can report who is still below ground
at the end of a shift. The ledger is a small SQLite database on the lamp-room
server, one table per equipment type.
"""
import sqlite3
from contextlib import closing
from datetime import datetime

from colliery.config import settings

EQUIPMENT_TABLES = {
    "cap_lamp": "cap_lamp_issues",
    "self_rescuer": "self_rescuer_issues",
    "gas_detector": "gas_detector_issues",
}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.LAMP_LEDGER_PATH, detect_types=sqlite3.PARSE_DECLTYPES)
    conn.row_factory = sqlite3.Row
    return conn


def record_issue(kind: str, check_number: int, asset_tag: str) -> None:
    table = EQUIPMENT_TABLES[kind]
    with closing(_connect()) as conn, conn:
        conn.execute(
            f"INSERT INTO {table} (check_number, asset_tag, issued_at) VALUES (?, ?, ?)",
            (check_number, asset_tag, datetime.now()),
        )


def record_return(kind: str, asset_tag: str) -> int:
    table = EQUIPMENT_TABLES[kind]
    with closing(_connect()) as conn, conn:
        cursor = conn.execute(
            f"UPDATE {table} SET returned_at = ? WHERE asset_tag = ? AND returned_at IS NULL",
            (datetime.now(), asset_tag),
        )
        return cursor.rowcount


def still_underground(shift_start: datetime) -> list[sqlite3.Row]:
    with closing(_connect()) as conn:
        return conn.execute(
            "SELECT check_number, asset_tag, issued_at FROM cap_lamp_issues "
            "WHERE issued_at >= ? AND returned_at IS NULL ORDER BY issued_at",
            (shift_start,),
        ).fetchall()
