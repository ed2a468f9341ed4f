"""Push periodic kiln status to the studio's wall dashboard service."""
import os
from datetime import datetime, timezone

import requests
from celery import shared_task

from potter.kilns import all_kilns

DASHBOARD_URL = os.environ["POTTER_DASHBOARD_URL"]
SITE_LABEL = os.environ.get("POTTER_SITE_LABEL", "main-studio")
RELEASE = os.environ.get("POTTER_RELEASE", "dev")


def kiln_snapshot(kiln) -> dict:
    status = kiln.read_status_sync()
    return {
        "name": kiln.display_name,
        "state": status.state,
        "segment": status.segment,
        "temperature_f": round(status.temperature_f, 1),
        "target_f": status.target_f,
        "eta_minutes": status.eta_minutes,
    }


def build_payload() -> dict:
    return {
        "site": SITE_LABEL,
        "release": RELEASE,
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "kilns": [kiln_snapshot(k) for k in all_kilns()],
    }


@shared_task(bind=True, max_retries=3, default_retry_delay=20)
def report_kiln_status(self) -> int:
    payload = build_payload()
    try:
        resp = requests.post(f"{DASHBOARD_URL}/api/kilns", json=payload, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    return len(payload["kilns"])
