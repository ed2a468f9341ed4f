"""Upload endpoint for temperature logs copied off the older kilns.

Two of the steel ring kilns still use standalone data loggers; the burner
copies the CSV off the SD card and uploads it from the yard tablet.  Files
land in an inbox folder that the nightly importer picks up.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from .auth import verify_yard_user

app = FastAPI(title="temperature-log-upload")
security = HTTPBasic()

MAX_BYTES = 5 * 1024 * 1024


class LogInbox:
    def __init__(self, root: str) -> None:
        self.inbox = Path(root)
        self.inbox.mkdir(parents=True, exist_ok=True)

    def _target_path(self, upload: UploadFile) -> Path:
        return self.inbox / upload.filename

    def store(self, upload: UploadFile) -> Path:
        target = self._target_path(upload)
        if target.exists():
            raise FileExistsError(target.name)
        with target.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
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
    try:
        stored = inbox.store(file)
    except FileExistsError:
        raise HTTPException(status_code=409, detail="a log with that name is already queued")
    return {"stored_as": stored.name, "uploaded_by": user}
