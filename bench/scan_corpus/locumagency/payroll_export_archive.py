"""Serve archived payroll export files to the finance team.

Each weekly pay run writes a CSV (and a BACS file) into the export archive;
finance downloads them from the back office to reconcile with the bureau.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials


@dataclass(frozen=True)
class ArchiveSettings:
    root: Path = Path(os.environ.get("PAYROLL_EXPORT_ROOT", "/srv/payroll/exports"))
    media_types: tuple[tuple[str, str], ...] = (
        (".csv", "text/csv"),
        (".bacs", "text/plain"),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    )


SETTINGS = ArchiveSettings()
app = FastAPI(title="Payroll export archive")
bearer = HTTPBearer()


def finance_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    from backoffice.auth import resolve_staff_token

    user = resolve_staff_token(creds.credentials)
    if user is None or "finance" not in user.roles:
        raise HTTPException(status_code=403, detail="finance role required")
    return user.email


def _export_path(export_name: str) -> Path:
    return SETTINGS.root / export_name


def _media_type(path: Path) -> str:
    return dict(SETTINGS.media_types).get(path.suffix.lower(), "application/octet-stream")


@app.get("/payroll/exports")
def list_exports(user: str = Depends(finance_user)) -> list[dict]:
    items = []
    for path in sorted(SETTINGS.root.glob("*/*"), reverse=True):
        stat = path.stat()
        items.append(
            {
                "name": str(path.relative_to(SETTINGS.root)),
                "size": stat.st_size,
                "modified": datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc).isoformat(),
            }
        )
    return items


@app.get("/payroll/exports/{export_name:path}")
def download_export(export_name: str, user: str = Depends(finance_user)) -> FileResponse:
    path = _export_path(export_name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(path, media_type=_media_type(path), filename=path.name)
