"""Lets approved clients download the final design files for their commission."""
from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

app = FastAPI()


class LibrarySettings(BaseSettings):
    library_root: str = "/srv/studio/design-library"
    deliverable_dir: str = "deliverables"

    model_config = {"env_prefix": "STUDIO_"}


@lru_cache
def get_settings() -> LibrarySettings:
    return LibrarySettings()


class DeliverableLocator:
    def __init__(self, settings: LibrarySettings) -> None:
        self.settings = settings

    def commission_dir(self, commission_id: str) -> str:
        return os.path.join(self.settings.library_root, self.settings.deliverable_dir, commission_id)

    def locate(self, commission_id: str, filename: str) -> str:
        return os.path.join(self.commission_dir(commission_id), filename)


def client_commissions(x_portal_client: str = Header(...)) -> set[str]:
    registry = {"c-118": {"2024-031", "2024-044"}, "c-204": {"2024-052"}}
    return registry.get(x_portal_client, set())


@app.get("/commissions/{commission_id}/files")
def download(
    commission_id: str,
    name: str,
    allowed: set[str] = Depends(client_commissions),
    settings: LibrarySettings = Depends(get_settings),
) -> FileResponse:
    if commission_id not in allowed:
        raise HTTPException(403, "not your commission")
    path = DeliverableLocator(settings).locate(commission_id, name)
    if not os.path.isfile(path):
        raise HTTPException(404, "no such file")
    return FileResponse(path, filename=os.path.basename(path))
