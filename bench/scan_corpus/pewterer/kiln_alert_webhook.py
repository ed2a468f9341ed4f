"""Sends over-temperature alerts for the kilns to the on-call webhook."""
import logging
import os
from dataclasses import dataclass, field

import requests

from pewterer.settings import SITE_NAME

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AlertSettings:
    webhook_url: str = field(default_factory=lambda: os.environ["KILN_ALERT_WEBHOOK"])
    site_name: str = SITE_NAME
    limit_celsius: float = 520.0


SETTINGS = AlertSettings()


def _alert_payload(kiln_id: str, celsius: float, settings: AlertSettings) -> dict:
    return {
        "summary": f"{settings.site_name}: kiln {kiln_id} at {celsius:.0f} °C",
        "severity": "critical" if celsius > settings.limit_celsius + 30 else "warning",
        "source": kiln_id,
        "details": {"celsius": celsius, "limit": settings.limit_celsius},
    }


def check_and_alert(kiln_id: str, celsius: float, settings: AlertSettings = SETTINGS) -> bool:
    if celsius <= settings.limit_celsius:
        return False
    payload = _alert_payload(kiln_id, celsius, settings)
    try:
        resp = requests.post(settings.webhook_url, json=payload, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.error("kiln alert for %s not delivered: %s", kiln_id, exc)
        return False
    return True


def sweep(readings: dict[str, float]) -> list[str]:
    return [kiln for kiln, celsius in readings.items() if check_and_alert(kiln, celsius)]
