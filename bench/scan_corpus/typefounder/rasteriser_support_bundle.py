"""Prepare a support bundle for the rasteriser vendor from the webfont conversion workers."""

import os
import platform
import sys
from datetime import datetime, timezone

import httpx
from celery import shared_task

from typefounder.config import settings
from typefounder.hinting import rasteriser_version

SHAREABLE_ENV_KEYS = (
    "RASTER_THREADS",
    "RASTER_HINTING_MODE",
    "WORKER_CONCURRENCY",
    "APP_RELEASE",
    "TZ",
)


def runtime_info() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "rasteriser": rasteriser_version(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


def worker_settings() -> dict:
    return {key: os.environ.get(key, "") for key in SHAREABLE_ENV_KEYS}


@shared_task(autoretry_for=(httpx.TransportError,), retry_backoff=True, max_retries=3)
def upload_support_bundle(ticket: str, failing_job_ids: list[str]) -> None:
    bundle = {
        "ticket": ticket,
        "customer": settings.rasteriser_customer_id,
        "runtime": runtime_info(),
        "worker_settings": worker_settings(),
        "failing_jobs": failing_job_ids[:50],
    }
    with httpx.Client(base_url=settings.rasteriser_support_url, timeout=30) as client:
        resp = client.post(f"/tickets/{ticket}/diagnostics", json=bundle)
        resp.raise_for_status()
