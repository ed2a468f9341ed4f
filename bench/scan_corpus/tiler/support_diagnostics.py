"""Diagnostics bundle for support tickets from the estimator laptops.

When an estimator hits a problem with the tile calculator they can press
"Send diagnostics". We post a small, fixed set of non-sensitive settings and
versions to the support desk so the ticket has some context.
"""
import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests

SUPPORT_URL = os.environ.get("SUPPORT_DESK_URL", "https://support.tiler-ops.example/api/diagnostics")

SHARED_SETTINGS = (
    "TILER_RELEASE",
    "TILER_REGION",
    "TILER_BRANCH",
    "TILER_OFFLINE_MODE",
    "TILER_CALC_WASTAGE_PCT",
    "TZ",
)

PACKAGES = ("requests", "reportlab", "ezdxf", "pillow")


def package_versions() -> dict:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def collect(ticket: str, note: str = "") -> dict:
    return {
        "ticket": ticket,
        "note": note[:1000],
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "packages": package_versions(),
        "settings": {k: os.environ.get(k) for k in SHARED_SETTINGS},
    }


def send(ticket: str, note: str = "") -> bool:
    try:
        resp = requests.post(SUPPORT_URL, json=collect(ticket, note), timeout=15)
    except requests.RequestException as exc:
        print(f"Could not reach support desk: {exc}", file=sys.stderr)
        return False
    return resp.ok


if __name__ == "__main__":
    ok = send(sys.argv[1] if len(sys.argv) > 1 else "unassigned", " ".join(sys.argv[2:]))
    print("Diagnostics sent." if ok else "Diagnostics not sent.")
