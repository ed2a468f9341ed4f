"""Attaches recent alert daemon logs to an incident ticket as a multipart upload."""
from __future__ import annotations

import gzip
import os
from datetime import datetime, timedelta
from pathlib import Path

import httpx

LOG_DIR = Path(os.environ.get("RT_ALERTD_LOG_DIR", "/var/log/rt/alertd"))
LOG_PATTERN = "alertd*.log"
WINDOW = timedelta(hours=6)


def _recent_logs(now: datetime | None = None) -> list[Path]:
    now = now or datetime.now()
    cutoff = (now - WINDOW).timestamp()
    return sorted(p for p in LOG_DIR.glob(LOG_PATTERN)
                  if p.is_file() and not p.name.startswith(".") and p.stat().st_mtime >= cutoff)


def _compressed(path: Path) -> bytes:
    return gzip.compress(path.read_bytes())


def attach_diagnostics(ticket_id: str, client: httpx.Client) -> int:
    logs = _recent_logs()
    if not logs:
        return 0
    files = [("logs", (f"{p.name}.gz", _compressed(p), "application/gzip")) for p in logs]
    resp = client.post(
        f"/tickets/{ticket_id}/attachments",
        files=files,
        data={"source": "alertd", "host": os.uname().nodename},
    )
    resp.raise_for_status()
    return len(files)


def make_client() -> httpx.Client:
    return httpx.Client(
        base_url=os.environ["RT_TICKETS_URL"],
        headers={"Authorization": f"Token {os.environ['RT_TICKETS_TOKEN']}"},
        verify=os.environ.get("RT_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        timeout=30.0,
    )


if __name__ == "__main__":
    with make_client() as http:
        print(attach_diagnostics(os.environ["RT_TICKET_ID"], http))
