"""Maintenance API for the weighbridge ticket export archive.

Each night the weighbridge system exports the day's tickets as a CSV batch
for the accounts package. Once accounts have imported a batch, the finance
clerk removes it from the archive through this API. Batches are filed in
one folder per year, e.g. ``2024/tickets-2024-05-01.csv``.
"""

import os
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException

from quarryman.auth import require_role

router = APIRouter(prefix="/exports")

EXPORT_ROOT = Path(os.environ.get("TICKET_EXPORT_ROOT", "/srv/quarryman/exports"))


def list_batches(root: Path = EXPORT_ROOT) -> list[dict]:
    batches = []
    for entry in sorted(root.glob("*/*.csv")):
        stat = entry.stat()
        batches.append(
            {
                "name": entry.relative_to(root).as_posix(),
                "bytes": stat.st_size,
                "exported_at": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
            }
        )
    return batches


@router.get("/")
async def get_batches(user=Depends(require_role("finance"))) -> list[dict]:
    return list_batches()


@router.delete("/{batch_name:path}")
async def delete_batch(batch_name: str, user=Depends(require_role("finance"))) -> dict:
    batch_path = EXPORT_ROOT / batch_name
    if not batch_path.exists():
        raise HTTPException(status_code=404, detail="batch not found")
    batch_path.unlink()
    return {"deleted": batch_name, "by": user.username}
