"""Writes a local diagnostics snapshot for the site server.

The operator attaches the resulting JSON file to a support ticket by hand.
Only the names of GHOPS_* settings are recorded, never their values.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

SETTING_PREFIX = "GHOPS_"
PACKAGES = ("ghops", "pymodbus", "paho-mqtt", "httpx", "sqlalchemy")


def _package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def snapshot(environ: dict[str, str] | None = None) -> dict:
    environ = os.environ if environ is None else environ
    return {
        "taken_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "packages": _package_versions(),
        "configured_settings": sorted(k for k in environ if k.startswith(SETTING_PREFIX)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"ghops-diag-{datetime.now():%Y%m%d-%H%M%S}.json"
    target.write_text(json.dumps(snapshot(), indent=2))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
