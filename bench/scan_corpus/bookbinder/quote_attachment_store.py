"""Attachments on restoration quotes.

Clients attach auction catalogue pages, previous conservation records or
their own photos to a quote request; staff open them from the quote screen.
"""
import os
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()


class StorageConfig:
    root = Path(os.environ.get("QUOTE_ATTACHMENT_ROOT", "/srv/bindery/quote_attachments"))
    max_bytes = 25 * 1024 * 1024


def quote_dir(quote_id: int, cfg: type[StorageConfig] = StorageConfig) -> Path:
    folder = cfg.root / str(quote_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def save_upload(quote_id: int, upload: UploadFile) -> Path:
    data = await upload.read()
    if len(data) > StorageConfig.max_bytes:
        raise HTTPException(status_code=413, detail="attachment too large")
    target = quote_dir(quote_id) / upload.filename
    target.write_bytes(data)
    return target


@app.post("/quotes/{quote_id}/attachments")
async def add_attachment(quote_id: int, file: UploadFile = File(...)):
    saved = await save_upload(quote_id, file)
    return {"quote_id": quote_id, "name": saved.name, "bytes": saved.stat().st_size}


@app.get("/quotes/{quote_id}/attachments")
def list_attachments(quote_id: int):
    return {"files": sorted(p.name for p in quote_dir(quote_id).iterdir() if p.is_file())}


@app.get("/quotes/{quote_id}/attachments/{name}")
def get_attachment(quote_id: int, name: str):
    for p in quote_dir(quote_id).iterdir():
        if p.name == name and p.is_file():
            return FileResponse(p)
    raise HTTPException(status_code=404)
