"""Support bundle for the gate OCR vendor.

When plate or container number recognition degrades the vendor asks for
the lane service's version and non-sensitive runtime settings together
with recent recognition confidence figures.
"""
import os
import platform
from datetime import datetime, timezone

import requests

from terminal_ops.config import settings
from terminal_ops.gate import ocr_stats

SHAREABLE_ENV = (
    "OCR_MODEL_VERSION",
    "OCR_LANE_COUNT",
    "OCR_CONFIDENCE_FLOOR",
    "GATE_TIMEZONE",
    "APP_RELEASE",
)


def runtime_snapshot() -> dict:
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "settings": {name: os.environ.get(name) for name in SHAREABLE_ENV},
    }


def build_bundle(lane: str, hours: int = 24) -> dict:
    return {
        "terminal": settings.TERMINAL_CODE,
        "lane": lane,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "runtime": runtime_snapshot(),
        "confidence": ocr_stats.hourly_confidence(lane, hours=hours),
        "misreads": ocr_stats.recent_misreads(lane, limit=50),
    }


def send_bundle(lane: str, case_ref: str) -> int:
    bundle = build_bundle(lane)
    resp = requests.post(
        f"{settings.OCR_VENDOR_URL}/cases/{case_ref}/bundles",
        json=bundle,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.status_code
