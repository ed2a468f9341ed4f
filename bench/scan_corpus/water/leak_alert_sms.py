"""Push leak-detection alerts from acoustic loggers to the on-call SMS gateway."""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)

ALERT_SETTINGS = {
    "gateway_url": "https://172.16.40.15/api/v1/messages",
    "timeout": 8,
    "min_confidence": 0.7,
}


@dataclass
class LeakAlert:
    logger_id: str
    dma: str
    confidence: float
    lat: float
    lon: float
    recipients: list[str] = field(default_factory=list)


def format_message(alert: LeakAlert) -> str:
    return (
        f"Possible leak in DMA {alert.dma} (logger {alert.logger_id}, "
        f"confidence {alert.confidence:.0%}) near {alert.lat:.5f},{alert.lon:.5f}"
    )


def send_alert(alert: LeakAlert, settings: dict = ALERT_SETTINGS) -> bool:
    if alert.confidence < settings["min_confidence"]:
        log.info("skipping low-confidence alert from %s", alert.logger_id)
        return False
    if not alert.recipients:
        log.warning("no on-call recipients for DMA %s", alert.dma)
        return False

    resp = requests.post(
        settings["gateway_url"],
        json={"to": alert.recipients, "body": format_message(alert)},
        headers={"Authorization": f"Bearer {os.environ['SMS_GATEWAY_TOKEN']}"},
        timeout=settings["timeout"],
    )
    resp.raise_for_status()
    log.info("leak alert for %s sent to %d recipients", alert.logger_id, len(alert.recipients))
    return True
