"""Archive store for raw kiln controller log files, with a small admin API."""
from __future__ import annotations

import gzip
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException

from .auth import require_admin

router = APIRouter(prefix="/admin/kiln-logs", dependencies=[Depends(require_admin)])


@dataclass
class LogArchive:
    root: Path

    def compress(self, source: Path) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        target = self.root / f"{source.stem}-{stamp}.log.gz"
        with source.open("rb") as src, gzip.open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return target

    def entries(self) -> list[dict]:
        return [
            {"name": p.name, "bytes": p.stat().st_size}
            for p in sorted(self.root.glob("*.log.gz"))
        ]

    def locate(self, name: str) -> Path:
        return self.root / name

    def remove(self, name: str) -> bool:
        path = self.locate(name)
        if not path.exists():
            return False
        path.unlink()
        return True


archive = LogArchive(Path("/var/lib/limekiln/kiln-logs"))


@router.get("/")
def list_logs():
    return {"logs": archive.entries()}


@router.delete("/{name:path}")
def delete_log(name: str):
    if not archive.remove(name):
        raise HTTPException(status_code=404, detail="no such log")
    return {"deleted": name}
