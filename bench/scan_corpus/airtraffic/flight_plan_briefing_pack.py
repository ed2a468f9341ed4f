"""Pre-flight briefing documents served to airline dispatchers."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

ICAO_RE = re.compile(r"^[A-Z]{4}$")


class BriefingSettings(BaseSettings):
    briefing_dir: Path = Path("/srv/briefing")
    default_doc: str = "aerodrome_summary.pdf"

    class Config:
        env_prefix = "BRIEFING_"


class BriefingLibrary:
    def __init__(self, settings: BriefingSettings) -> None:
        self.settings = settings

    def aerodrome_folder(self, icao: str) -> Path:
        if not ICAO_RE.fullmatch(icao):
            raise ValueError(f"not an ICAO location indicator: {icao!r}")
        return self.settings.briefing_dir / icao

    def document(self, icao: str, doc: str | None = None) -> Path:
        return self.aerodrome_folder(icao) / (doc or self.settings.default_doc)


app = FastAPI(title="Briefing pack")
library = BriefingLibrary(BriefingSettings())


@app.get("/briefing/{icao}")
def briefing(icao: str, doc: str | None = None) -> FileResponse:
    try:
        path = library.document(icao.upper(), doc)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    if not path.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
