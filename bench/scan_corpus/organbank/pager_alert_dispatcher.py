"""Raises pager alerts to the duty manager when a cold-chain breach is detected."""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("organbank.pager")


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:10]


@dataclass(frozen=True)
class PagerConfig:
    events_url: str
    routing_key: str

    @classmethod
    def from_env(cls) -> "PagerConfig":
        return cls(os.environ["PAGER_EVENTS_URL"], os.environ["PAGER_ROUTING_KEY"])


@dataclass
class BreachAlert:
    shipment_ref: str
    box_serial: str
    reading_c: float
    limit_c: float
    location: str

    @property
    def summary(self) -> str:
        return (f"Cold-chain breach on {self.shipment_ref}: {self.reading_c:.1f}C "
                f"(limit {self.limit_c:.1f}C) near {self.location}")


class PagerDispatcher:
    def __init__(self, config: PagerConfig | None = None) -> None:
        self.config = config or PagerConfig.from_env()
        logger.info("pager dispatcher ready, routing key fingerprint %s", fingerprint(self.config.routing_key))

    def trigger(self, alert: BreachAlert) -> str:
        body = {
            "routing_key": self.config.routing_key,
            "event_action": "trigger",
            "dedup_key": f"cold-chain-{alert.shipment_ref}",
            "payload": {"summary": alert.summary, "source": alert.box_serial, "severity": "critical"},
        }
        resp = requests.post(self.config.events_url, json=body, timeout=10)
        resp.raise_for_status()
        logger.info("paged duty manager for %s (dedup %s)", alert.shipment_ref, body["dedup_key"])
        return resp.json().get("dedup_key", body["dedup_key"])
