"""Runs the GTFS validator against feeds uploaded through the partner portal.

The portal stores each upload under its upload id and enqueues a job with the
country code chosen by the partner. We run the validator CLI and record the
count of error-level notices against the upload.
"""
import asyncio
import json
import logging
import os
import re
from pathlib import Path

log = logging.getLogger("portal.validation")

VALIDATOR_JAR = os.environ.get("GTFS_VALIDATOR_JAR", "/opt/gtfs-validator/validator-cli.jar")
FEED_STORE = Path(os.environ.get("FEED_STORE", "/var/lib/portal/feeds"))
COUNTRY_RE = re.compile(r"^[a-z]{2}$")
UPLOAD_ID_RE = re.compile(r"^[0-9a-f]{32}$")


async def validate_upload(upload_id: str, country_code: str = "gb") -> dict:
    if not UPLOAD_ID_RE.match(upload_id):
        raise ValueError("invalid upload id")
    country = country_code.lower()
    if not COUNTRY_RE.match(country):
        raise ValueError("invalid country code")

    feed = FEED_STORE / f"{upload_id}.zip"
    out_dir = FEED_STORE / "reports" / upload_id
    out_dir.mkdir(parents=True, exist_ok=True)

    proc = await asyncio.create_subprocess_exec(
        "java", "-Xmx2g", "-jar", VALIDATOR_JAR,
        "--input", str(feed),
        "--output_base", str(out_dir),
        "--country_code", country,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), timeout=900)
    if proc.returncode != 0:
        log.error("validator exited %s for %s: %s", proc.returncode, upload_id, err.decode(errors="replace")[-1500:])
        return {"upload_id": upload_id, "ok": False}

    notices = json.loads((out_dir / "report.json").read_text()).get("notices", [])
    errors = sum(n.get("totalNotices", 1) for n in notices if n.get("severity") == "ERROR")
    return {"upload_id": upload_id, "ok": errors == 0, "errors": errors}
