"""Forward 1-minute inverter aggregates from the local buffer to the
performance monitoring platform.

Runs on the site gateway as a systemd timer. Rows are marked as forwarded only
after the platform acknowledges the batch.
"""

import logging
import os
import sqlite3
import time

import requests

log = logging.getLogger("telemetry_forwarder")

BUFFER_DB = os.environ.get("TELEMETRY_BUFFER_DB", "/var/lib/gateway/buffer.sqlite3")
SITE_CODE = os.environ.get("SITE_CODE", "UNKNOWN")
BATCH_SIZE = 500


def pending_rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT id, inverter_id, ts, p_ac_kw, e_day_kwh, t_module_c FROM aggregates "
        "WHERE forwarded = 0 ORDER BY id LIMIT ?",
        (BATCH_SIZE,),
    ).fetchall()


def to_line_protocol(rows: list[tuple]) -> str:
    lines = []
    for _id, inverter_id, ts, p_ac, e_day, t_mod in rows:
        lines.append(
            f"inverter,site={SITE_CODE},inv={inverter_id} "
            f"p_ac_kw={p_ac},e_day_kwh={e_day},t_module_c={t_mod} {int(ts) * 1_000_000_000}"
        )
    return "\n".join(lines)


def forward_once(conn: sqlite3.Connection) -> int:
    rows = pending_rows(conn)
    if not rows:
        return 0
    resp = requests.post("http://91.198.44.12:8086/api/v2/write",
                         params={"org": "perfmon", "bucket": "inverters", "precision": "ns"},
                         data=to_line_protocol(rows).encode(), timeout=20)
    resp.raise_for_status()
    conn.executemany("UPDATE aggregates SET forwarded = 1 WHERE id = ?", [(r[0],) for r in rows])
    conn.commit()
    return len(rows)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    with sqlite3.connect(BUFFER_DB) as conn:
        while (n := forward_once(conn)) == BATCH_SIZE:
            log.info("forwarded %d rows", n)
            time.sleep(1)
        log.info("forwarded %d rows, buffer drained", n)


if __name__ == "__main__":
    main()
