"""Upload endpoint for temperature logs from the standalone kiln loggers.

The burner copies the logger's CSV off its SD card and uploads it from the
yard tablet.  Files are queued in an inbox for the nightly importer under a
name the server chooses; the original name is kept only as metadata.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from .auth import verify_yard_user

app = FastAPI(title="temperature-log-intake")
security = HTTPBasic()

MAX_BYTES = 5 * 1024 * 1024


class LogInbox:
    def __init__(self, root: str) -> None:
        self.inbox = Path(root)
        self.inbox.mkdir(parents=True, exist_ok=True)

    def _target_path(self) -> Path:
        return self.inbox / f"{uuid.uuid4().hex}.csv"

    def store(self, upload: UploadFile, uploaded_by: str) -> Path:
        target = self._target_path()
        with target.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        meta = {
            "original_name": upload.filename,
            "uploaded_by": uploaded_by,
            "received": datetime.now(timezone.utc).isoformat(),
        }
        target.with_suffix(".json").write_text(json.dumps(meta))
        return target


inbox = LogInbox(os.environ.get("TEMPLOG_INBOX", "/srv/templogs/inbox"))


def current_user(credentials: HTTPBasicCredentials = Depends(security)) -> str:
    if not verify_yard_user(credentials.username, credentials.password):
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Basic"})
    return credentials.username


@app.post("/templogs", status_code=201)
async def upload_log(file: UploadFile, user: str = Depends(current_user)) -> dict:
    if not (file.filename or "").lower().endswith(".csv"):
        raise HTTPException(status_code=400, detail="only CSV exports are accepted")
    if file.size is not None and file.size > MAX_BYTES:
        raise HTTPException(status_code=413, detail="log file too large")
    stored = inbox.store(file, user)
    return {"queued_as": stored.stem, "uploaded_by": user}
