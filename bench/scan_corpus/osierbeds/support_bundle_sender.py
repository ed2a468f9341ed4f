"""Collects a support bundle for the label-printer bridge and sends it to the vendor.

Run on the dispatch PC when the thermal printer stops taking jobs:

    python -m osierbeds.support_bundle_sender --ticket 48213
"""
from __future__ import annotations

import argparse
import json
import os
import platform
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_ROOT = Path(os.environ.get("PRINT_BRIDGE_ROOT", "/opt/osierbeds/print-bridge"))
LOG_TAIL_LINES = 400


def _tail(path: Path, lines: int) -> str:
    if not path.exists():
        return ""
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


def _collect_config(root: Path) -> dict:
    config: dict[str, object] = {}
    printers = root / "printers.json"
    if printers.exists():
        config["printers"] = json.loads(printers.read_text())
    config["env"] = dict(dotenv_values(root / ".env"))
    return config


def build_bundle(root: Path) -> dict:
    return {
        "host": platform.node(),
        "os": platform.platform(),
        "config": _collect_config(root),
        "bridge_log": _tail(root / "logs" / "bridge.log", LOG_TAIL_LINES),
        "spool": sorted(p.name for p in (root / "spool").glob("*.zpl"))[:100],
    }


def send_bundle(ticket: str, bundle: dict) -> str:
    url = os.environ.get("PRINTER_VENDOR_SUPPORT_URL", "").rstrip("/")
    if not url:
        raise SystemExit("PRINTER_VENDOR_SUPPORT_URL is not set")
    resp = requests.post(f"{url}/tickets/{ticket}/bundles", json=bundle, timeout=30)
    resp.raise_for_status()
    return resp.json().get("bundle_id", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ticket", required=True, help="vendor support ticket number")
    args = parser.parse_args(argv)
    bundle = build_bundle(APP_ROOT)
    bundle_id = send_bundle(args.ticket, bundle)
    print(f"sent support bundle {bundle_id} for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
