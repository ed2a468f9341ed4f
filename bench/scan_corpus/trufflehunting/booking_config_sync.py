"""Configuration drift check for the tour-booking service.

Run from the deploy pipeline after each release: it reads the service's
``.env`` file and asks the ops dashboard whether the deployed configuration
matches the expected profile for this environment.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("booking.config_sync")

DEFAULT_ENV_FILE = Path("/srv/truffle/booking/.env")


def dashboard_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {os.environ['OPS_DASHBOARD_TOKEN']}"
    s.headers["User-Agent"] = "booking-config-sync/1.4"
    return s


def check_drift(env_file: Path, environment: str) -> list[str]:
    base = os.environ["OPS_DASHBOARD_URL"].rstrip("/")
    payload = {
        "service": "tour-booking",
        "environment": environment,
        "settings": dotenv_values(env_file),
    }
    with dashboard_session() as s:
        resp = s.post(f"{base}/api/config-drift", json=payload, timeout=15)
        resp.raise_for_status()
        return resp.json().get("drift", [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--env-file", type=Path, default=DEFAULT_ENV_FILE)
    parser.add_argument("--environment", choices=["staging", "production"], required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    if not args.env_file.is_file():
        log.error("env file %s not found", args.env_file)
        return 2
    drift = check_drift(args.env_file, args.environment)
    if drift:
        for key in drift:
            log.warning("setting %s differs from the %s profile", key, args.environment)
        return 1
    log.info("no configuration drift for %s", args.environment)
    return 0


if __name__ == "__main__":
    sys.exit(main())
