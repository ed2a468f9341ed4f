"""Browse and prune rotated generator controller logs on the site office server."""

from __future__ import annotations

import gzip
import logging
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Response

from .auth import require_site_engineer

log = logging.getLogger(__name__)
app = FastAPI(title="generator-logs")


@dataclass(frozen=True)
class ArchiveSettings:
    root: Path = Path("/var/log/funfair/generators")
    max_bytes: int = 20 * 1024 * 1024


class GeneratorLogArchive:
    def __init__(self, settings: ArchiveSettings) -> None:
        self.settings = settings

    def entries(self) -> list[dict]:
        items = []
        for path in sorted(self.settings.root.glob("*.log*")):
            stat = path.stat()
            items.append({"name": path.name, "bytes": stat.st_size, "mtime": stat.st_mtime})
        return items

    def path_for(self, name: str) -> Path:
        return self.settings.root / name

    def read(self, name: str) -> bytes:
        path = self.path_for(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        if path.stat().st_size > self.settings.max_bytes:
            raise ValueError("log too large to view, download it from the share instead")
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as fh:
                return fh.read()
        return path.read_bytes()

    def remove(self, name: str) -> None:
        self.path_for(name).unlink()


archive = GeneratorLogArchive(ArchiveSettings())


@app.get("/logs")
def list_logs(user: str = Depends(require_site_engineer)):
    return {"logs": archive.entries()}


@app.get("/logs/{name:path}")
def view_log(name: str, user: str = Depends(require_site_engineer)):
    try:
        data = archive.read(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    except ValueError as exc:
        raise HTTPException(status_code=413, detail=str(exc))
    return Response(content=data, media_type="text/plain")


@app.delete("/logs/{name:path}", status_code=204)
def delete_log(name: str, user: str = Depends(require_site_engineer)):
    try:
        archive.remove(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    log.info("generator log %s removed by %s", name, user)
    return Response(status_code=204)
