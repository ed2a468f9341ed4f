"""Daily sync-health snapshot sent to the carer app vendor.

The vendor's support desk gets queue depths, error counts and the app
versions in use. Runtime details are limited to a short allow-list of
non-secret environment variables; nothing else from the process
environment leaves the server.
"""
from __future__ import annotations

import logging
import os
import platform
from collections import Counter
from datetime import datetime, timedelta, timezone

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("diagnostics")

SHAREABLE_ENV = ("APP_RELEASE", "DEPLOY_REGION", "SYNC_WORKERS", "TZ")


def runtime_info() -> dict:
    env = {name: os.environ[name] for name in SHAREABLE_ENV if name in os.environ}
    return {"python": platform.python_version(), "platform": platform.platform(terse=True), "env": env}


def sync_health(engine) -> dict:
    since = datetime.now(timezone.utc) - timedelta(days=1)
    with engine.connect() as conn:
        versions = conn.execute(
            text("SELECT app_version FROM sync_sessions WHERE opened_at >= :since"), {"since": since}
        ).scalars().all()
        failed = conn.execute(
            text("SELECT count(*) FROM sync_items WHERE status = 'failed' AND received_at >= :since"),
            {"since": since},
        ).scalar_one()
        pending = conn.execute(text("SELECT count(*) FROM sync_items WHERE status = 'pending'")).scalar_one()
    return {
        "sessions": len(versions),
        "app_versions": dict(Counter(versions)),
        "failed_items_24h": failed,
        "pending_items": pending,
    }


def send_snapshot(engine) -> None:
    snapshot = {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "runtime": runtime_info(),
        "sync": sync_health(engine),
    }
    body = {"agency_id": os.environ["VENDOR_AGENCY_ID"], "snapshot": snapshot}
    with httpx.Client(timeout=20.0) as client:
        resp = client.post(os.environ["VENDOR_DIAGNOSTICS_URL"], json=body)
        resp.raise_for_status()
    log.info("diagnostics snapshot sent (%d sessions)", snapshot["sync"]["sessions"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    send_snapshot(create_engine(os.environ["SYNC_DATABASE_URL"], pool_pre_ping=True))
