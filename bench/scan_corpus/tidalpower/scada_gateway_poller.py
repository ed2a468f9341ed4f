"""Poll turbine SCADA gateways for rotor and generator telemetry."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewaySettings:
    """Connection settings for one array's SCADA gateway."""

    array_id: str = "ARR-01"
    gateway_host: str = "10.42.7.15"
    gateway_port: int = 8443
    timeout_s: float = 5.0
    tags: tuple[str, ...] = field(
        default=("rotor_rpm", "gen_kw", "pitch_deg", "yaw_deg", "bearing_temp_c")
    )


class SiteProfile:
    """Bundles per-site settings so every poller shares one source of truth."""

    def __init__(self, gateway: GatewaySettings | None = None) -> None:
        self.gateway = gateway or GatewaySettings()

    def base_url(self) -> str:
        gw = self.gateway
        return f"https://{gw.gateway_host}:{gw.gateway_port}/api/v2"


class TelemetryPoller:
    """Reads the latest tag values for each turbine on an array."""

    def __init__(self, profile: SiteProfile) -> None:
        self._profile = profile
        self._client = httpx.Client(
            base_url=profile.base_url(), timeout=profile.gateway.timeout_s
        )

    def read_tags(self, turbine_id: str) -> dict[str, Any]:
        params = {"turbine": turbine_id, "tags": ",".join(self._profile.gateway.tags)}
        resp = self._client.get("/telemetry/latest", params=params)
        resp.raise_for_status()
        body = resp.json()
        return {row["tag"]: row["value"] for row in body.get("values", [])}

    def sweep(self, turbine_ids: list[str]) -> dict[str, dict[str, Any]]:
        readings: dict[str, dict[str, Any]] = {}
        for tid in turbine_ids:
            try:
                readings[tid] = self.read_tags(tid)
            except httpx.HTTPError as exc:
                log.warning("telemetry read failed for %s: %s", tid, exc)
        return readings

    def close(self) -> None:
        self._client.close()


def main() -> None:
    poller = TelemetryPoller(SiteProfile())
    try:
        data = poller.sweep([f"T{n:02d}" for n in range(1, 7)])
        log.info("collected telemetry for %d turbines", len(data))
    finally:
        poller.close()


if __name__ == "__main__":
    main()
