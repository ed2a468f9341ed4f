"""Reports which required runtime settings are present on each roadside unit."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import requests

REQUIRED_SETTINGS = (
    "RSU_UNIT_ID",
    "RSU_MQTT_URL",
    "RSU_MQTT_PASSWORD",
    "RSU_PROVISIONING_URL",
    "RSU_NTP_SERVER",
    "RSU_LANE_COUNT",
)
CONFIG_FILE = Path("/etc/rsu/agent.toml")


def presence_report(environ: dict[str, str] | None = None) -> dict[str, bool]:
    env = os.environ if environ is None else environ
    return {name: bool(env.get(name)) for name in REQUIRED_SETTINGS}


def config_digest(path: Path = CONFIG_FILE) -> str | None:
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def drift_payload(unit_id: str) -> dict:
    present = presence_report()
    return {
        "unit": unit_id,
        "settings_present": present,
        "missing": sorted(k for k, ok in present.items() if not ok),
        "config_sha256": config_digest(),
    }


def report(fleet_api: str, unit_id: str, ca_bundle: str) -> bool:
    payload = drift_payload(unit_id)
    resp = requests.put(
        f"{fleet_api}/units/{unit_id}/drift",
        data=json.dumps(payload),
        headers={"Content-Type": "application/json"},
        verify=ca_bundle,
        timeout=10,
    )
    resp.raise_for_status()
    return not payload["missing"]


if __name__ == "__main__":
    ok = report(os.environ["FLEET_API_URL"], os.environ["RSU_UNIT_ID"], "/etc/rsu/fleet-ca.pem")
    raise SystemExit(0 if ok else 1)
