"""Download endpoint for documents in the owner vault.

Owners may request any file in their own vault folder by name; nested
folders (``statements/2024/...``) are allowed.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse

app = FastAPI()

VAULT_ROOT = Path(os.environ.get("VAULT_ROOT", "/srv/vault")).resolve()


def current_owner_id(request: Request) -> int:
    owner_id = request.session.get("owner_id") if "session" in request.scope else None
    if owner_id is None:
        raise HTTPException(status_code=401)
    return int(owner_id)


class OwnerVault:
    def __init__(self, root: Path, owner_id: int) -> None:
        self.base = (root / str(owner_id)).resolve()

    def locate(self, relative_name: str) -> Path:
        candidate = (self.base / relative_name).resolve()
        if not candidate.is_relative_to(self.base):
            raise HTTPException(status_code=404)
        if not candidate.is_file():
            raise HTTPException(status_code=404)
        return candidate

    def listing(self) -> list[str]:
        if not self.base.is_dir():
            return []
        return sorted(
            p.relative_to(self.base).as_posix() for p in self.base.rglob("*") if p.is_file()
        )


@app.get("/vault/documents")
def list_documents(owner_id: int = Depends(current_owner_id)):
    return {"documents": OwnerVault(VAULT_ROOT, owner_id).listing()}


@app.get("/vault/documents/{name:path}")
def download(name: str, owner_id: int = Depends(current_owner_id)):
    path = OwnerVault(VAULT_ROOT, owner_id).locate(name)
    return FileResponse(path, filename=path.name)
