"""Push wristband tap events from the local gate buffer to the RFID gateway.

Runs on each gate laptop from a systemd timer every 30 seconds. Taps are
buffered in SQLite so scanning keeps working when the site network drops.
"""
import json
import logging
import sqlite3
from pathlib import Path

import requests

log = logging.getLogger("wristband_sync")

BUFFER_DB = Path("/var/lib/gate/taps.sqlite3")
GATEWAY_URL = "http://10.42.0.17:8080/api/v1/taps"
BATCH_SIZE = 200


def fetch_pending(conn: sqlite3.Connection, limit: int = BATCH_SIZE) -> list[dict]:
    rows = conn.execute(
        "SELECT id, uid, gate_id, tapped_at FROM taps WHERE synced = 0 ORDER BY id LIMIT ?",
        (limit,),
    ).fetchall()
    return [{"id": r[0], "uid": r[1], "gate": r[2], "ts": r[3]} for r in rows]


def mark_synced(conn: sqlite3.Connection, ids: list[int]) -> None:
    conn.executemany("UPDATE taps SET synced = 1 WHERE id = ?", [(i,) for i in ids])
    conn.commit()


def sync_once() -> int:
    conn = sqlite3.connect(BUFFER_DB)
    try:
        batch = fetch_pending(conn)
        if not batch:
            return 0
        resp = requests.post(
            GATEWAY_URL,
            data=json.dumps(batch),
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
        resp.raise_for_status()
        mark_synced(conn, [t["id"] for t in batch])
        log.info("synced %d taps", len(batch))
        return len(batch)
    finally:
        conn.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_once()
