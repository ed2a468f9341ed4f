"""Enroll a technician's service tablet with the maintenance portal."""
from __future__ import annotations

import json
import os
import socket
import uuid
from pathlib import Path
from typing import Mapping

import httpx

PORTAL_ENROLL_URL = os.environ["TECH_PORTAL_URL"].rstrip("/") + "/api/devices/enroll"
DOTENV_PATH = Path.home() / ".locker-tech" / ".env"


def read_dotenv(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.exists():
        return values
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"')
    return values


def device_fingerprint() -> dict[str, str]:
    return {
        "hostname": socket.gethostname(),
        "mac": f"{uuid.getnode():012x}",
    }


def enrollment_payload(technician_id: str, profile: Mapping[str, str]) -> dict:
    return {
        "technician_id": technician_id,
        "device": device_fingerprint(),
        "profile": dict(profile),
    }


def enroll(technician_id: str) -> str:
    profile = read_dotenv(DOTENV_PATH)
    payload = enrollment_payload(technician_id, profile)
    resp = httpx.post(PORTAL_ENROLL_URL, content=json.dumps(payload),
                      headers={"Content-Type": "application/json"}, timeout=10)
    resp.raise_for_status()
    return resp.json()["device_id"]


if __name__ == "__main__":
    print(enroll("tech-0421"))
