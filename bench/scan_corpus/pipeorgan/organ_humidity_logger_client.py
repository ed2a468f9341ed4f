"""Client for the organ-chamber humidity loggers.

Restored instruments are fitted with humidity loggers in the organ chamber
to protect soundboards and wind-chests. The loggers report to the monitoring
gateway run by the firm, which uses certificates from the firm's own
certificate authority. This client pulls weekly readings for the office.
"""
import os
from dataclasses import dataclass
from datetime import date, timedelta

import httpx


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = os.environ.get("HUMIDITY_GATEWAY_URL", "https://loggers.organworks.co.uk")
    ca_bundle: str = os.environ.get("ORGANWORKS_CA_BUNDLE", "/etc/organworks/pki/organworks-root-ca.pem")
    client_cert: str = "/etc/organworks/pki/office-client.pem"
    client_key: str = "/etc/organworks/pki/office-client.key"


def gateway_client(settings: GatewaySettings = GatewaySettings()) -> httpx.Client:
    return httpx.Client(
        base_url=settings.base_url,
        verify=settings.ca_bundle,
        cert=(settings.client_cert, settings.client_key),
        timeout=20.0,
    )


def weekly_readings(instrument_id: int, week_ending: date) -> list[dict]:
    start = week_ending - timedelta(days=7)
    with gateway_client() as client:
        resp = client.get(
            f"/instruments/{instrument_id}/readings",
            params={"from": start.isoformat(), "to": week_ending.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["readings"]


def out_of_band(readings: list[dict], low: float = 45.0, high: float = 70.0) -> list[dict]:
    return [r for r in readings if not low <= float(r["rh_pct"]) <= high]
