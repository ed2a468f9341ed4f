"""Tell the platform team which settings each port service has defined, to catch drift
between the lane allocator, booking API and manifest gateway deployments."""

from __future__ import annotations

import argparse
import os
import socket
from pathlib import Path

import requests
from dotenv import dotenv_values

REQUIRED_KEYS = {
    "lane-allocator": {"TERMINAL_CODE", "LANE_DB_URL", "VMS_CONTROLLER_URL"},
    "freight-booking": {"FREIGHT_DB_URL", "FREIGHT_API_KEY", "FREIGHT_WEBHOOK_SECRET"},
    "manifest-gateway": {"BORDER_CLIENT_ID", "BORDER_CLIENT_SECRET", "BORDER_TOKEN_URL"},
}


def defined_keys(env_file: Path) -> list[str]:
    return sorted(dotenv_values(env_file).keys())


def drift_report(service: str, env_file: Path) -> dict:
    present = set(defined_keys(env_file))
    required = REQUIRED_KEYS.get(service, set())
    return {
        "service": service,
        "host": socket.gethostname(),
        "defined": sorted(present),
        "missing": sorted(required - present),
        "unexpected": sorted(present - required) if required else [],
    }


def submit(report: dict) -> None:
    resp = requests.post(
        os.environ["DRIFT_COLLECTOR_URL"],
        json=report,
        headers={"Authorization": f"Bearer {os.environ['DRIFT_COLLECTOR_TOKEN']}"},
        timeout=10,
    )
    resp.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("service", choices=sorted(REQUIRED_KEYS))
    parser.add_argument("--env-file", type=Path, default=Path(".env"))
    args = parser.parse_args()
    report = drift_report(args.service, args.env_file)
    submit(report)
    if report["missing"]:
        raise SystemExit(f"missing settings: {', '.join(report['missing'])}")


if __name__ == "__main__":
    main()
