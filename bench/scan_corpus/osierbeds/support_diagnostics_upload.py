"""Uploads a diagnostics report for the grading-shed scales integration.

When the bench scales stop sending weights, the office runs this and the
report goes to the integrator's support desk. Variables are reported by
name only (set or not set), never by value.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
from pathlib import Path

import requests

EXPECTED_VARIABLES = (
    "SCALES_PORT",
    "SCALES_BAUD",
    "SCALES_API_URL",
    "SCALES_API_TOKEN",
    "HARVEST_DB",
)
PACKAGES = ("pyserial", "requests", "sqlalchemy")


def variable_presence() -> dict[str, bool]:
    return {name: bool(os.environ.get(name)) for name in EXPECTED_VARIABLES}


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def serial_ports() -> list[str]:
    return sorted(str(p) for p in Path("/dev").glob("ttyUSB*"))


def build_report() -> dict:
    return {
        "host": platform.node(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "variables": variable_presence(),
        "packages": package_versions(),
        "serial_ports": serial_ports(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--case", required=True, help="integrator support case number")
    args = parser.parse_args(argv)
    url = os.environ.get("SCALES_SUPPORT_URL", "").rstrip("/")
    if not url:
        parser.error("SCALES_SUPPORT_URL is not set")
    resp = requests.post(f"{url}/cases/{args.case}/diagnostics", json=build_report(), timeout=30)
    resp.raise_for_status()
    print(f"diagnostics sent for case {args.case}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
