"""Background job that packages monthly regulator submissions.

Triggered from the compliance backoffice (POST /compliance/exports). The officer
picks the jurisdiction, the reporting period and the regulator key the bundle is
encrypted to.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
from pathlib import Path

log = logging.getLogger("compliance.exports")

EXPORT_ROOT = Path(os.environ.get("COMPLIANCE_EXPORT_ROOT", "/var/lib/compliance/exports"))
JURISDICTIONS = {"MT", "GB", "SE", "DK", "NJ", "ON"}
PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


async def _run(cmd: str) -> None:
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"export command failed ({proc.returncode}): {err.decode(errors='replace')[:500]}")


async def build_bundle(jurisdiction: str, period: str, recipient: str) -> Path:
    src = EXPORT_ROOT / "staging" / jurisdiction / period
    if not src.is_dir():
        raise FileNotFoundError(f"nothing staged for {jurisdiction} {period}")
    archive = EXPORT_ROOT / "outgoing" / f"{jurisdiction}_{period}.tar.gz"
    archive.parent.mkdir(parents=True, exist_ok=True)
    await _run(
        f"tar -czf {archive} -C {src} . && "
        f"gpg --batch --yes --trust-model always --recipient '{recipient}' --output {archive}.gpg --encrypt {archive}"
    )
    archive.unlink()
    return archive.with_name(archive.name + ".gpg")


async def handle_export_request(payload: dict) -> str:
    jurisdiction = payload["jurisdiction"].upper()
    period = payload["period"]
    if jurisdiction not in JURISDICTIONS:
        raise ValueError(f"unknown jurisdiction {jurisdiction!r}")
    if not PERIOD_RE.match(period):
        raise ValueError("period must look like YYYY-MM")
    bundle = await build_bundle(jurisdiction, period, payload["recipient"])
    log.info("regulator bundle ready: %s", bundle)
    return str(bundle)
