"""Load the depot site inventory and build API clients for each site controller."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

INVENTORY_PATH = Path(os.environ.get("VG_SITE_INVENTORY", "/etc/voltgrid/sites.yaml"))


@dataclass(frozen=True)
class SiteController:
    site_id: str
    hostname: str
    port: int
    ca_bundle: str


def load_inventory(path: Path = INVENTORY_PATH) -> list[SiteController]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    defaults = document.get("defaults", {})
    sites = []
    for entry in document.get("sites", []):
        merged = {**defaults, **entry}
        sites.append(SiteController(
            site_id=merged["id"],
            hostname=merged["controller_host"],
            port=int(merged.get("port", 8443)),
            ca_bundle=merged["ca_bundle"],
        ))
    return sites


def client_for(site: SiteController, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=f"https://{site.hostname}:{site.port}/api/v2",
        verify=site.ca_bundle,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10.0,
    )


def collect_load_limits(token: str) -> dict[str, float]:
    limits: dict[str, float] = {}
    for site in load_inventory():
        with client_for(site, token) as client:
            resp = client.get("/grid/limit")
            resp.raise_for_status()
            limits[site.site_id] = float(resp.json()["max_kw"])
    return limits


if __name__ == "__main__":
    for site_id, kw in sorted(collect_load_limits(os.environ["VG_SITE_API_TOKEN"]).items()):
        print(f"{site_id}: {kw:.1f} kW")
