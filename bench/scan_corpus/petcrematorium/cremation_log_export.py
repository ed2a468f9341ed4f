"""Export of retort operation logs for regulators and internal audit."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import PlainTextResponse

from .auth import require_role

app = FastAPI(title="Crematory log export")

LOG_ROOT = Path("/srv/crematory/retort-logs")


def available_logs() -> list[str]:
    return sorted(p.name for p in LOG_ROOT.glob("*.log"))


@app.get("/logs")
def list_logs(_user=Depends(require_role("auditor"))):
    return {"logs": available_logs()}


@app.get("/logs/export", response_class=PlainTextResponse)
def export_log(
    name: str = Query(..., min_length=5, max_length=120),
    since: date | None = None,
    _user=Depends(require_role("auditor")),
):
    log_path = LOG_ROOT / name
    try:
        content = log_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="log not found")

    if since is None:
        return content

    kept = []
    for line in content.splitlines():
        stamp = line[:10]
        try:
            if date.fromisoformat(stamp) >= since:
                kept.append(line)
        except ValueError:
            continue
    return "\n".join(kept)
