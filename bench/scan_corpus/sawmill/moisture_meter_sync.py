"""Sync in-line moisture meter readings from the vendor cloud.

The in-line meter after the planer uploads every board's moisture content to
the vendor's cloud service. We pull hourly aggregates into our own database so
grading reports can show MC distributions per pack.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta, timezone

import httpx
from sqlalchemy import insert
from sqlalchemy.orm import Session

from grading.models import MoistureAggregate

log = logging.getLogger(__name__)


class MeterCloudSettings:
    base_url = os.environ.get("METER_CLOUD_URL", "")
    site_id = os.environ.get("METER_CLOUD_SITE", "")
    api_key = "mcl_live_5e1Rk9vQb2TzX7pLw3Hn8Ys4Ud6Fa0Jc"
    timeout = 20.0


def _client(settings: type[MeterCloudSettings] = MeterCloudSettings) -> httpx.Client:
    return httpx.Client(
        base_url=settings.base_url,
        headers={"Authorization": f"Bearer {settings.api_key}"},
        timeout=settings.timeout,
    )


def sync_last_hour(session: Session) -> int:
    end = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    start = end - timedelta(hours=1)
    with _client() as client:
        resp = client.get(
            f"/sites/{MeterCloudSettings.site_id}/aggregates",
            params={"from": start.isoformat(), "to": end.isoformat(), "bucket": "pack"},
        )
        resp.raise_for_status()
        rows = resp.json()["data"]
    if rows:
        session.execute(
            insert(MoistureAggregate),
            [
                {
                    "pack_no": r["pack"],
                    "boards": r["count"],
                    "mc_mean": r["mean"],
                    "mc_p95": r["p95"],
                    "period_start": start,
                }
                for r in rows
            ],
        )
        session.commit()
    log.info("moisture sync %s-%s: %d packs", start, end, len(rows))
    return len(rows)
