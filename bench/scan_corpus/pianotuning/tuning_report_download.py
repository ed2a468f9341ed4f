"""Download endpoint for PDF tuning reports of concert hall service visits."""
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import require_staff


class ReportSettings(BaseSettings):
    report_dir: Path = Path("/srv/pianotuning/reports")

    model_config = {"env_prefix": "PIANO_"}


settings = ReportSettings()
app = FastAPI(title="Tuning reports")


class ReportArchive:
    def __init__(self, base: Path):
        self.base = base.resolve()

    def locate(self, report_name: str) -> Path:
        candidate = (self.base / report_name).resolve()
        if not candidate.is_relative_to(self.base) or candidate.suffix != ".pdf":
            raise HTTPException(status_code=400, detail="invalid report name")
        return candidate

    def names(self) -> list[str]:
        return sorted(p.name for p in self.base.glob("*.pdf"))


archive = ReportArchive(settings.report_dir)


@app.get("/reports", dependencies=[Depends(require_staff)])
def list_reports() -> dict:
    return {"reports": archive.names()}


@app.get("/reports/download", dependencies=[Depends(require_staff)])
def download_report(name: str):
    path = archive.locate(name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
