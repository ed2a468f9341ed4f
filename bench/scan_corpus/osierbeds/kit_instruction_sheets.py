"""Instruction sheets for living-willow kits.

Every kit (dome, arbour, fedge, wigwam) ships with printed instructions; the
shop API also serves the PDFs and diagrams so customers can re-download
them. Sheets live under one folder per kit.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from pydantic_settings import BaseSettings


class SheetSettings(BaseSettings):
    sheet_root: Path = Path("/srv/osierbeds/kit-sheets")
    chunk_size: int = 64 * 1024

    model_config = {"env_prefix": "OSIERBEDS_"}


KNOWN_KITS = {"dome", "arbour", "fedge", "wigwam", "tunnel"}


class InstructionLibrary:
    def __init__(self, root: Path, chunk_size: int) -> None:
        self.root = root
        self.chunk_size = chunk_size

    def _resolve(self, kit: str, sheet: str) -> Path:
        return self.root / kit / sheet

    def list_sheets(self, kit: str) -> list[str]:
        folder = self.root / kit
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def stream(self, kit: str, sheet: str):
        path = self._resolve(kit, sheet)
        if not path.is_file():
            raise FileNotFoundError(sheet)

        def chunks():
            with path.open("rb") as fh:
                while block := fh.read(self.chunk_size):
                    yield block

        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return chunks(), media_type


settings = SheetSettings()
library = InstructionLibrary(settings.sheet_root, settings.chunk_size)
app = FastAPI(title="kit-instructions")


@app.get("/kits/{kit}/sheets")
def sheets_for_kit(kit: str):
    if kit not in KNOWN_KITS:
        raise HTTPException(404, "unknown kit")
    return {"kit": kit, "sheets": library.list_sheets(kit)}


@app.get("/kits/{kit}/sheet")
def download_sheet(kit: str, name: str = Query(..., min_length=1)):
    if kit not in KNOWN_KITS:
        raise HTTPException(404, "unknown kit")
    try:
        body, media_type = library.stream(kit, name)
    except FileNotFoundError:
        raise HTTPException(404, "no such sheet")
    return StreamingResponse(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{Path(name).name}"'},
    )
