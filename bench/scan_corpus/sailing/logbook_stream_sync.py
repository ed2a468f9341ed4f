"""Streams new instructor logbook entries to the log collector as newline-delimited JSON."""

import json
import logging
import socket
import sqlite3
import ssl
import time

log = logging.getLogger("logbook.sync")

DB_PATH = "/srv/school/logbook.sqlite3"
BATCH_SIZE = 200


def _collector_addr() -> tuple[str, int]:
    return ("91.207.175.40", 6514)


def _fetch_pending(conn: sqlite3.Connection, after_id: int) -> list[dict]:
    cur = conn.execute(
        "SELECT id, instructor_id, boat, date, hours, miles, notes "
        "FROM logbook_entries WHERE id > ? ORDER BY id LIMIT ?",
        (after_id, BATCH_SIZE),
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _open_stream() -> ssl.SSLSocket:
    host, port = _collector_addr()
    ctx = ssl.create_default_context()
    raw = socket.create_connection((host, port), timeout=15)
    return ctx.wrap_socket(raw, server_hostname=host)


def sync_once(conn: sqlite3.Connection, after_id: int) -> int:
    rows = _fetch_pending(conn, after_id)
    if not rows:
        return after_id
    with _open_stream() as stream:
        for row in rows:
            stream.sendall(json.dumps(row, default=str).encode("utf-8") + b"\n")
    last = rows[-1]["id"]
    log.info("streamed %d logbook entries up to id %d", len(rows), last)
    return last


def run_forever(poll_s: int = 60) -> None:
    conn = sqlite3.connect(DB_PATH)
    conn.execute("CREATE TABLE IF NOT EXISTS sync_state (k TEXT PRIMARY KEY, v INTEGER)")
    row = conn.execute("SELECT v FROM sync_state WHERE k = 'last_id'").fetchone()
    last_id = row[0] if row else 0
    while True:
        try:
            new_last = sync_once(conn, last_id)
        except OSError as exc:
            log.warning("collector unreachable: %s", exc)
            new_last = last_id
        if new_last != last_id:
            conn.execute("REPLACE INTO sync_state (k, v) VALUES ('last_id', ?)", (new_last,))
            conn.commit()
            last_id = new_last
        time.sleep(poll_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
