"""Pulls GPS positions and load counts of rebalancing vans from the telematics vendor."""

import logging
import os
import ssl
from dataclasses import dataclass
from datetime import datetime

import httpx

log = logging.getLogger(__name__)

TELEMATICS = {
    "base_url": os.environ["TELEMATICS_API_URL"],
    "ca_bundle": os.environ.get("TELEMATICS_CA_BUNDLE", "/etc/bikeshare/ca/fleetlink-chain.pem"),
    "timeout_s": 10.0,
}


@dataclass
class VanPosition:
    van_id: str
    lat: float
    lon: float
    bikes_on_board: int
    recorded_at: datetime


def _tls_context(config: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=config["ca_bundle"])
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def build_client(config: dict = TELEMATICS) -> httpx.Client:
    return httpx.Client(
        base_url=config["base_url"],
        verify=_tls_context(config),
        timeout=config["timeout_s"],
        headers={"X-Api-Key": os.environ["TELEMATICS_API_KEY"]},
    )


def fetch_positions(client: httpx.Client, since: datetime) -> list[VanPosition]:
    resp = client.get("/v3/vehicles/positions", params={"since": since.isoformat()})
    resp.raise_for_status()
    positions = []
    for item in resp.json()["vehicles"]:
        positions.append(VanPosition(
            van_id=item["vehicle_ref"],
            lat=float(item["lat"]),
            lon=float(item["lon"]),
            bikes_on_board=int(item.get("payload", {}).get("bikes", 0)),
            recorded_at=datetime.fromisoformat(item["ts"]),
        ))
    return positions


def sync(since: datetime, store) -> int:
    with build_client() as client:
        positions = fetch_positions(client, since)
    for pos in positions:
        store.upsert_van_position(pos)
    log.info("synced %d van positions", len(positions))
    return len(positions)
