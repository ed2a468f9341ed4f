"""Publishes curtailment setpoints to the grid operator's dispatch gateway."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx


@dataclass(frozen=True)
class DispatchSetpoint:
    park_id: str
    active_power_mw: float
    ramp_rate_mw_min: float
    valid_from: datetime

    def to_payload(self) -> dict:
        body = asdict(self)
        body["valid_from"] = self.valid_from.astimezone(timezone.utc).isoformat()
        return body


class DispatchError(RuntimeError):
    pass


def _auth_headers() -> dict[str, str]:
    token = os.environ["DISPATCH_GATEWAY_TOKEN"]
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def publish_setpoint(
    setpoint: DispatchSetpoint,
    *,
    endpoint: str = "https://172.20.4.9:9100/api/dispatch/setpoints",
    ca_bundle: str = "/etc/ssl/certs/tso-gateway-ca.pem",
    timeout: float = 10.0,
) -> str:
    """Send one setpoint and return the gateway acknowledgement id."""
    with httpx.Client(verify=ca_bundle, timeout=timeout) as client:
        resp = client.post(endpoint, json=setpoint.to_payload(), headers=_auth_headers())
    if resp.status_code != 202:
        raise DispatchError(f"gateway rejected setpoint: {resp.status_code} {resp.text}")
    return resp.json()["ack_id"]


def publish_schedule(setpoints: list[DispatchSetpoint]) -> list[str]:
    """Publish a day-ahead schedule in chronological order."""
    acks: list[str] = []
    for sp in sorted(setpoints, key=lambda s: s.valid_from):
        acks.append(publish_setpoint(sp))
    return acks
