"""Poll raw-material silo levels from the batch house radar transmitters.

The level transmitters are aggregated by a small HTTP bridge; its address
differs per site and is injected by the deployment (systemd environment
file), so the same build runs at every plant.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

log = logging.getLogger("glassworks.batch.silos")


@dataclass(frozen=True)
class BridgeConfig:
    base_url: str
    ca_bundle: str
    timeout: float = 5.0

    @classmethod
    def from_env(cls) -> "BridgeConfig":
        base_url = os.environ["SILO_BRIDGE_URL"]
        if urlsplit(base_url).scheme != "https":
            raise ValueError("SILO_BRIDGE_URL must be an https URL")
        return cls(
            base_url=base_url,
            ca_bundle=os.environ.get("SILO_BRIDGE_CA", "/etc/glassworks/pki/plant-root-ca.pem"),
            timeout=float(os.environ.get("SILO_BRIDGE_TIMEOUT", "5")),
        )


@dataclass
class SiloLevel:
    silo: str
    material: str
    percent: float
    tonnes: float


def poll_levels(config: BridgeConfig | None = None) -> list[SiloLevel]:
    config = config or BridgeConfig.from_env()
    with httpx.Client(base_url=config.base_url, verify=config.ca_bundle, timeout=config.timeout) as client:
        resp = client.get("/levels")
        resp.raise_for_status()
        levels = [SiloLevel(**item) for item in resp.json()["silos"]]
    low = [lvl.silo for lvl in levels if lvl.percent < 15.0]
    if low:
        log.warning("silos below 15%%: %s", ", ".join(low))
    return levels


if __name__ == "__main__":
    for level in poll_levels():
        print(f"{level.silo:6} {level.material:12} {level.percent:5.1f}% {level.tonnes:7.1f} t")
