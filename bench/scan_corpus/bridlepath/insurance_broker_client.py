"""Register event rides with the trust's insurance broker for third-party cover."""
from __future__ import annotations

import logging
import os
from typing import Mapping

import requests

log = logging.getLogger("insurance.broker")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class BrokerClient:
    base_url = "https://api.equine-events-cover.co.uk/v1"

    def __init__(self, api_key: str | None = None, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "X-Api-Key": api_key or os.environ["BROKER_API_KEY"],
                "Accept": "application/json",
            }
        )

    def _send(self, method: str, path: str, **kwargs) -> dict:
        url = self.base_url + path
        log.debug("%s %s headers=%s", method, url, redact_headers(self.session.headers))
        resp = self.session.request(method, url, timeout=20, **kwargs)
        if not resp.ok:
            log.error("broker %s %s -> %s %s", method, path, resp.status_code, resp.text[:200])
        resp.raise_for_status()
        return resp.json()

    def register_event(self, event) -> str:
        payload = {
            "organiser": "Bridlepath Trust",
            "event_name": event.title,
            "date": event.starts_at.date().isoformat(),
            "expected_riders": event.capacity,
            "route_length_km": event.route.length_km,
            "jumps": event.has_optional_jumps,
        }
        data = self._send("POST", "/events", json=payload)
        log.info("event %s registered with broker as %s", event.id, data["policy_ref"])
        return data["policy_ref"]

    def cancel_event(self, policy_ref: str) -> None:
        self._send("DELETE", f"/events/{policy_ref}")
        log.info("cancelled broker cover %s", policy_ref)
