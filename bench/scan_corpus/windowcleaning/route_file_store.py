"""Storage for GPX route files that schedulers upload and cleaners download to their sat-nav."""
from __future__ import annotations

from pathlib import Path
from typing import List

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import current_staff
from .settings import settings

app = FastAPI(title="Route files")


class RouteFileStore:
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _confined(self, name: str) -> Path:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root) or candidate == self.root:
            raise HTTPException(status_code=400, detail="Invalid route file name")
        if candidate.suffix.lower() != ".gpx":
            raise HTTPException(status_code=400, detail="Only .gpx files are stored")
        return candidate

    def list(self) -> List[str]:
        return sorted(p.name for p in self.root.glob("*.gpx"))

    async def save(self, name: str, upload: UploadFile) -> Path:
        target = self._confined(name)
        target.write_bytes(await upload.read())
        return target

    def open(self, name: str) -> Path:
        target = self._confined(name)
        if not target.is_file():
            raise HTTPException(status_code=404, detail="No such route file")
        return target

    def delete(self, name: str) -> None:
        self._confined(name).unlink(missing_ok=True)


store = RouteFileStore(Path(settings.route_file_root))


@app.get("/routes")
def list_routes(staff=Depends(current_staff)):
    return {"files": store.list()}


@app.put("/routes/{name}")
async def upload_route(name: str, file: UploadFile, staff=Depends(current_staff)):
    saved = await store.save(name, file)
    return {"stored": saved.name}


@app.get("/routes/{name}")
def download_route(name: str, staff=Depends(current_staff)):
    return FileResponse(store.open(name), media_type="application/gpx+xml")


@app.delete("/routes/{name}")
def delete_route(name: str, staff=Depends(current_staff)):
    store.delete(name)
    return {"deleted": name}
