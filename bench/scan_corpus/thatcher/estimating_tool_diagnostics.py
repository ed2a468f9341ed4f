"""Diagnostics upload for the third-party roof estimating plugin.

The estimating plugin vendor asked for a diagnostics bundle when area
calculations for hipped and gabled roofs disagreed with our own. This
module collects the plugin version, the connection settings it runs with,
and recent calculation logs, and uploads them to the vendor's support desk.
"""

import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

VENDOR_SUPPORT_URL = "https://support.roof-estimator-vendor.example.com/api/diagnostics"
CALC_LOG = Path("/var/log/thatcher/estimator-calcs.log")


@dataclass
class PluginEnvironment:
    plugin_version: str = os.environ.get("ESTIMATOR_PLUGIN_VERSION", "unknown")
    os_name: str = field(default_factory=platform.platform)
    database_url: str = os.environ.get("DATABASE_URL", "")
    storage_bucket: str = os.environ.get("QUOTE_STORAGE_BUCKET", "")
    units: str = "metric"


def recent_calc_lines(limit: int = 400) -> list[str]:
    if not CALC_LOG.exists():
        return []
    lines = CALC_LOG.read_text(errors="replace").splitlines()
    return lines[-limit:]


def build_bundle(ticket: str, note: str) -> dict:
    return {
        "ticket": ticket,
        "customer_note": note,
        "environment": asdict(PluginEnvironment()),
        "calculation_log": recent_calc_lines(),
    }


def upload_diagnostics(ticket: str, note: str) -> str:
    bundle = build_bundle(ticket, note)
    resp = httpx.post(
        VENDOR_SUPPORT_URL,
        json=bundle,
        headers={"X-Support-Ticket": ticket},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json().get("upload_id", "")


if __name__ == "__main__":
    import sys

    print(upload_diagnostics(sys.argv[1], " ".join(sys.argv[2:]) or "Area mismatch on hipped roofs"))
