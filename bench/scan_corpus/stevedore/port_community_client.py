"""Client for the port community system (PCS) message hub.

Pre-arrival notifications, truck appointment confirmations and vessel
call updates are exchanged with the PCS over its REST API.
"""
import logging
import time

import requests

from terminal_ops.config import settings

log = logging.getLogger("pcs.client")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redacted(headers) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class PortCommunityClient:
    def __init__(self, base_url: str = settings.PCS_BASE_URL, token: str = settings.PCS_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        )

    def _send(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        for attempt in range(1, settings.PCS_MAX_ATTEMPTS + 1):
            resp = self.session.request(method, url, timeout=15, **kwargs)
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
            log.warning(
                "PCS %s %s returned %s (attempt %d), request headers: %s",
                method, url, resp.status_code, attempt, redacted(resp.request.headers),
            )
            time.sleep(min(2 ** attempt, 30))
        raise RuntimeError(f"PCS unavailable for {method} {path}")

    def confirm_truck_appointment(self, appointment_id: str, slot_start: str) -> dict:
        return self._send("POST", f"/appointments/{appointment_id}/confirm", json={"slot": slot_start})

    def vessel_call_update(self, call_ref: str, ata: str | None, atd: str | None) -> dict:
        return self._send("PATCH", f"/vessel-calls/{call_ref}", json={"ata": ata, "atd": atd})
