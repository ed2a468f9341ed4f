"""FastAPI endpoint where shipping agents upload pre-arrival crew and passenger manifests."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, File, Form, HTTPException, UploadFile

from .auth import AgentPrincipal, require_agent

app = FastAPI(title="Manifest inbox")

ALLOWED_SUFFIXES = {".xml", ".csv", ".edi"}


@dataclass(frozen=True)
class InboxSettings:
    inbox: Path = Path(os.environ.get("MANIFEST_INBOX", "/var/lib/manifest-inbox"))
    max_bytes: int = 5 * 1024 * 1024


def get_settings() -> InboxSettings:
    return InboxSettings()


class ManifestInbox:
    def __init__(self, settings: InboxSettings) -> None:
        self.settings = settings

    def destination(self, agent_code: str, original_name: str) -> Path:
        agent_dir = self.settings.inbox / agent_code
        agent_dir.mkdir(parents=True, exist_ok=True)
        return agent_dir / original_name

    def store(self, agent_code: str, original_name: str, data: bytes) -> tuple[Path, str]:
        dest = self.destination(agent_code, original_name)
        dest.write_bytes(data)
        return dest, hashlib.sha256(data).hexdigest()


@app.post("/manifests")
async def upload_manifest(
    voyage_id: str = Form(...),
    file: UploadFile = File(...),
    agent: AgentPrincipal = Depends(require_agent),
    settings: InboxSettings = Depends(get_settings),
):
    if Path(file.filename or "").suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported manifest format")
    data = await file.read()
    if len(data) > settings.max_bytes:
        raise HTTPException(status_code=413, detail="manifest too large")
    stored, digest = ManifestInbox(settings).store(agent.code, file.filename, data)
    return {"voyage_id": voyage_id, "stored_as": stored.name, "sha256": digest}
