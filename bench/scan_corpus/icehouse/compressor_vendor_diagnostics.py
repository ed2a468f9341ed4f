"""Diagnostics upload for the refrigeration contractor.

When the ammonia compressors trip, the contractor asks for a diagnostics
bundle: recent controller alarms, suction/discharge pressures and our plant
integration settings, posted to their service portal under our ticket.
"""
import gzip
import json
import logging
import os
from datetime import datetime, timedelta, timezone

import httpx

from .plant_controller import recent_alarms, pressure_log

log = logging.getLogger("icehouse.plant.diagnostics")

CONTRACTOR_PORTAL = "https://service.polarref-contracting.example/api/tickets"
SETTINGS_PREFIX = "ICEHOUSE_"


def integration_settings() -> dict[str, str]:
    """Plant integration config (ICEHOUSE_DB_URL, ICEHOUSE_MQTT_PASSWORD, ICEHOUSE_PLC_HOST, ...)."""
    return {k: v for k, v in os.environ.items() if k.startswith(SETTINGS_PREFIX)}


def collect_bundle(hours: int = 6) -> dict:
    since = datetime.now(timezone.utc) - timedelta(hours=hours)
    return {
        "site": os.environ.get("ICEHOUSE_SITE_CODE", "main"),
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "alarms": [a.as_dict() for a in recent_alarms(since)],
        "pressures": [p.as_dict() for p in pressure_log(since)],
        "settings": integration_settings(),
    }


def upload_bundle(ticket_no: str, hours: int = 6) -> None:
    bundle = collect_bundle(hours)
    body = gzip.compress(json.dumps(bundle, default=str).encode())
    with httpx.Client(timeout=60) as client:
        resp = client.post(
            f"{CONTRACTOR_PORTAL}/{ticket_no}/attachments",
            content=body,
            headers={
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
                "X-Attachment-Name": f"icehouse-diag-{bundle['generated_at'][:10]}.json.gz",
            },
        )
        resp.raise_for_status()
    log.info("uploaded diagnostics for ticket %s (%d alarms)", ticket_no, len(bundle["alarms"]))


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    upload_bundle(sys.argv[1])
