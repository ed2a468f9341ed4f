"""SMS notifications for station outages, sent to the on-call field engineer."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

API_KEY_ENV = "SMS_PROVIDER_API_KEY"
API_URL_ENV = "SMS_PROVIDER_URL"
DEFAULT_SENDER = "SEISMO-OPS"


@dataclass(frozen=True)
class SmsConfig:
    api_url: str
    api_key: str
    sender: str = DEFAULT_SENDER

    @classmethod
    def from_env(cls) -> "SmsConfig":
        try:
            return cls(api_url=os.environ[API_URL_ENV], api_key=os.environ[API_KEY_ENV])
        except KeyError as missing:
            raise RuntimeError(f"SMS provider not configured: {missing} is unset") from None


def notify_outage(cfg: SmsConfig, phone: str, station: str, minutes_down: int) -> None:
    body = f"{station} has been silent for {minutes_down} min. Check power/comms."
    resp = requests.post(
        cfg.api_url,
        json={"from": cfg.sender, "to": phone, "text": body},
        headers={"Authorization": f"Bearer {cfg.api_key}"},
        timeout=10,
    )
    resp.raise_for_status()
    log.info("outage SMS for %s queued (provider id %s)", station, resp.json().get("id"))
