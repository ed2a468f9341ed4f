"""Forward confirmed leak-detection alerts to the control-room paging gateway."""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx

log = logging.getLogger("leak.pager")

SEVERITY_ROUTES = {"critical": "oncall-controllers", "major": "pipeline-integrity", "minor": "day-shift"}


@dataclass
class LeakAlert:
    segment_id: str
    milepost: float
    detector: str
    severity: str
    imbalance_mscfd: float
    detected_at: datetime


def _gateway_url(path: str, host: str = "192.168.212.9", port: int = 8443) -> str:
    return f"https://{host}:{port}/api/v2/{path.lstrip('/')}"


def _payload(alert: LeakAlert) -> dict:
    body = asdict(alert)
    body["detected_at"] = alert.detected_at.astimezone(timezone.utc).isoformat()
    body["route"] = SEVERITY_ROUTES.get(alert.severity, "day-shift")
    return body


def page(alert: LeakAlert, client: httpx.Client | None = None) -> str:
    owns_client = client is None
    client = client or httpx.Client(verify="/etc/pki/gaspipe/ca.pem", timeout=10.0)
    try:
        resp = client.post(_gateway_url("/pages"), json=_payload(alert))
        resp.raise_for_status()
        page_id = resp.json()["page_id"]
        log.info("paged %s for segment %s", page_id, alert.segment_id)
        return page_id
    finally:
        if owns_client:
            client.close()


def acknowledge(page_id: str, controller: str) -> None:
    with httpx.Client(verify="/etc/pki/gaspipe/ca.pem", timeout=10.0) as client:
        resp = client.post(_gateway_url(f"/pages/{page_id}/ack"), json={"controller": controller})
        resp.raise_for_status()
