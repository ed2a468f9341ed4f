"""Client for the transmission system operator's dispatch API.

The TSO pushes curtailment set-points for each plant connection point; the
plant controller polls this endpoint every 30 s and acknowledges each
instruction it applies.
"""

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import httpx

log = logging.getLogger(__name__)

DEFAULT_CLIENT_OPTS = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
}


@dataclass
class Setpoint:
    instruction_id: str
    connection_point: str
    max_export_mw: float
    effective_from: datetime


class DispatchClient:
    def __init__(self, base_url: str, api_token: str, **client_opts):
        opts = {**DEFAULT_CLIENT_OPTS, **client_opts}
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            **opts,
        )

    @classmethod
    def from_env(cls) -> "DispatchClient":
        return cls(os.environ["TSO_DISPATCH_URL"], os.environ["TSO_DISPATCH_TOKEN"])

    def pending_setpoints(self, connection_point: str) -> list[Setpoint]:
        resp = self._client.get(f"/v2/connection-points/{connection_point}/setpoints",
                                params={"status": "pending"})
        resp.raise_for_status()
        return [
            Setpoint(
                instruction_id=item["id"],
                connection_point=connection_point,
                max_export_mw=float(item["maxExportMW"]),
                effective_from=datetime.fromisoformat(item["effectiveFrom"]),
            )
            for item in resp.json()["items"]
        ]

    def acknowledge(self, sp: Setpoint, applied_at: datetime) -> None:
        resp = self._client.post(f"/v2/instructions/{sp.instruction_id}/ack",
                                 json={"appliedAt": applied_at.isoformat()})
        resp.raise_for_status()
        log.info("acknowledged instruction %s for %s", sp.instruction_id, sp.connection_point)

    def close(self) -> None:
        self._client.close()
