"""Diagnostics bundle sent to the weighbridge software vendor's help desk.

When the weighbridge office raises a support ticket, the clerk clicks
"Send diagnostics" and the vendor receives the software version, the site's
indicator settings and recent errors, so they can reproduce the fault.
"""

import os
import platform
from collections import deque
from datetime import datetime, timezone
from pathlib import Path

import httpx

VENDOR_SUPPORT_URL = "https://support.scalevendor.example/api/diagnostics"

SHAREABLE_SETTINGS = frozenset(
    {
        "APP_VERSION",
        "SITE_CODE",
        "TZ",
        "INDICATOR_MODEL",
        "INDICATOR_BAUD",
        "WEIGHBRIDGE_MAX_KG",
        "TICKET_PRINTER",
    }
)


def shareable_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    environ = dict(os.environ) if environ is None else environ
    return {k: v for k, v in environ.items() if k in SHAREABLE_SETTINGS}


def recent_errors(log_path: Path, limit: int = 200) -> list[str]:
    if not log_path.is_file():
        return []
    with log_path.open(encoding="utf-8", errors="replace") as fh:
        return [line.rstrip() for line in deque((l for l in fh if " ERROR " in l), maxlen=limit)]


def build_bundle(ticket_ref: str, log_path: Path) -> dict:
    return {
        "support_ticket": ticket_ref,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "settings": shareable_environment(),
        "errors": recent_errors(log_path),
    }


def send_bundle(ticket_ref: str, log_path: Path | str = "/var/log/quarryman/weighbridge.log") -> int:
    bundle = build_bundle(ticket_ref, Path(log_path))
    with httpx.Client(timeout=30) as client:
        resp = client.post(VENDOR_SUPPORT_URL, json=bundle)
        resp.raise_for_status()
    return len(bundle["errors"])
