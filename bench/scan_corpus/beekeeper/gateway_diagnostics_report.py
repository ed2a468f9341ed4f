"""Diagnostics report for hive scale gateways.

Operators attach this report to vendor support cases. Only a fixed set of
non-sensitive runtime settings is included alongside the log tail.
"""
import os
import platform
import socket
from pathlib import Path

import click
import requests

SUPPORT_ENDPOINT = "https://support.hivescale-vendor.example/api/bundles"
LOG_FILE = Path("/var/log/hivegw/gateway.log")
REPORTED_ENV_KEYS = ("GATEWAY_MODEL", "FIRMWARE_CHANNEL", "TZ", "LANG", "SAMPLE_INTERVAL_S")


def runtime_settings() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def log_tail(lines: int = 500) -> str:
    if not LOG_FILE.exists():
        return ""
    return "\n".join(LOG_FILE.read_text(errors="replace").splitlines()[-lines:])


def build_report(case_number: str) -> dict:
    return {
        "case": case_number,
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "settings": runtime_settings(),
        "log_tail": log_tail(),
    }


@click.command()
@click.option("--case", "case_number", required=True)
def send_report(case_number: str) -> None:
    report = build_report(case_number)
    resp = requests.post(SUPPORT_ENDPOINT, json=report, timeout=60)
    resp.raise_for_status()
    click.echo(f"Report sent for case {case_number}")


if __name__ == "__main__":
    send_report()
