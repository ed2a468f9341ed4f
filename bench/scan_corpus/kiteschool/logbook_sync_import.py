"""Accepts offline logbook backups uploaded from the student mobile app."""
from __future__ import annotations

import base64
import pickle
import zlib
from dataclasses import dataclass
from typing import Any, Callable, Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class BackupUpload(BaseModel):
    student_id: int
    device_id: str
    payload: str


@dataclass
class BackupCodec:
    decompress: Callable[[bytes], bytes] = zlib.decompress
    decode: Callable[[bytes], Any] = pickle.loads

    def unpack(self, text: str) -> Any:
        raw = base64.b64decode(text)
        return self.decode(self.decompress(raw))


class LogbookMerger:
    def __init__(self, codec: BackupCodec | None = None) -> None:
        self.codec = codec or BackupCodec()

    def entries_from(self, upload: BackupUpload) -> List[Dict[str, Any]]:
        data = self.codec.unpack(upload.payload)
        if not isinstance(data, dict) or "sessions" not in data:
            raise ValueError("unexpected backup layout")
        return list(data["sessions"])


merger = LogbookMerger()


@app.post("/sync/logbook")
def sync_logbook(upload: BackupUpload) -> Dict[str, int]:
    try:
        entries = merger.entries_from(upload)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {"student_id": upload.student_id, "merged": len(entries)}
