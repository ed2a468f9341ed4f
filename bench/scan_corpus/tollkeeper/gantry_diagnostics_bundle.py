"""Diagnostics bundle for gantry ANPR cameras sent to the camera vendor.

Support engineers at the camera vendor ask for the runtime configuration
of the capture service. Only the tuning variables the vendor documents are
included; everything else in the process environment stays on the box.
"""
import os
import platform
from datetime import datetime, timezone

import requests

from tollkeeper.config import settings

SHAREABLE_ENV = (
    "ANPR_EXPOSURE_MODE",
    "ANPR_IR_STROBE",
    "ANPR_FRAME_RATE",
    "ANPR_OCR_MODEL",
    "TZ",
    "APP_VERSION",
)


def shareable_environment() -> dict[str, str]:
    return {name: os.environ[name] for name in SHAREABLE_ENV if name in os.environ}


def build_bundle(gantry_id: str, symptom: str) -> dict:
    return {
        "gantry_id": gantry_id,
        "symptom": symptom,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "platform": platform.platform(),
        "capture_config": shareable_environment(),
    }


def send_bundle(gantry_id: str, symptom: str) -> str:
    bundle = build_bundle(gantry_id, symptom)
    response = requests.post(
        f"{settings.CAMERA_VENDOR_SUPPORT_URL}/cases",
        json={"customer": settings.SITE_CODE, "bundle": bundle},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["case_number"]
