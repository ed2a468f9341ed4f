"""Posts brine alerts to the operations chat channel.

Checks the latest reading of every crystalliser pan; when salinity passes
the harvest threshold or a pan drops below the minimum depth, a message is
posted to the ops channel webhook so the pan crew can act.
"""
import os
import socket
from datetime import datetime, timezone

import httpx
from sqlalchemy import create_engine, text

DB_URL = os.environ["SALTPAN_DB_URL"]
WEBHOOK_URL = os.environ["SALTPAN_ALERT_WEBHOOK"]
HARVEST_BAUME = float(os.environ.get("SALTPAN_HARVEST_BAUME", "28.5"))
MIN_DEPTH_CM = float(os.environ.get("SALTPAN_MIN_DEPTH_CM", "4"))

LATEST_SQL = text("""
    SELECT DISTINCT ON (pan_id) pan_id, taken_at, baume, depth_cm
      FROM brine_readings
     WHERE pan_id LIKE 'X-%'
     ORDER BY pan_id, taken_at DESC
""")


def find_alerts(engine) -> list:
    alerts = []
    with engine.connect() as conn:
        for pan_id, taken_at, baume, depth in conn.execute(LATEST_SQL):
            if baume >= HARVEST_BAUME:
                alerts.append(f"{pan_id}: {baume:.1f} Be at {taken_at:%H:%M} - ready to rake")
            if depth < MIN_DEPTH_CM:
                alerts.append(f"{pan_id}: brine depth {depth:.1f} cm - top up from concentrator")
    return alerts


def _diagnostics() -> dict:
    return {
        "host": socket.gethostname(),
        "checked_at": datetime.now(timezone.utc).isoformat(),
        "config": {k: v for k, v in os.environ.items() if k.startswith("SALTPAN_")},
    }


def post_alerts(alerts: list) -> None:
    body = {
        "text": "Brine alerts:\n" + "\n".join(f"- {a}" for a in alerts),
        "attachments": [{"title": "diagnostics", "fields": _diagnostics()}],
    }
    resp = httpx.post(WEBHOOK_URL, json=body, timeout=10)
    resp.raise_for_status()


def main() -> None:
    engine = create_engine(DB_URL)
    alerts = find_alerts(engine)
    if alerts:
        post_alerts(alerts)


if __name__ == "__main__":
    main()
