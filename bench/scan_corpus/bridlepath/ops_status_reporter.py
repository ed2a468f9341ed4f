"""Post a short status line from each service to the volunteers' ops dashboard.

Only a fixed set of non-sensitive settings is included so the dashboard can
show which build and region each service is running.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
from datetime import datetime, timezone

import requests

log = logging.getLogger("ops.status")

DASHBOARD_URL = os.environ.get("OPS_DASHBOARD_URL", "https://ops.bridlepath-trust.org.uk/api/status")
PUBLIC_SETTINGS = ("APP_VERSION", "DEPLOY_ENV", "REGION", "GIT_SHA", "FEATURE_FLAGS")


def public_settings(env=os.environ) -> dict[str, str]:
    return {name: env[name] for name in PUBLIC_SETTINGS if name in env}


def status_payload(service: str, checks: dict[str, bool]) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "settings": public_settings(),
        "checks": checks,
        "healthy": all(checks.values()),
    }


def report(service: str, checks: dict[str, bool]) -> bool:
    payload = status_payload(service, checks)
    try:
        resp = requests.post(DASHBOARD_URL, json=payload, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("status report for %s not delivered: %s", service, exc.__class__.__name__)
        return False
    log.debug("status for %s: healthy=%s", service, payload["healthy"])
    return True


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    ok = report(sys.argv[1] if len(sys.argv) > 1 else "routes-api", {"db": True, "queue": True})
    sys.exit(0 if ok else 1)
