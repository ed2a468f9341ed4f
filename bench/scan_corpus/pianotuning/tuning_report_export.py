"""Serves the PDF tuning reports generated after each concert hall service visit."""
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import require_staff


class ReportSettings(BaseSettings):
    report_dir: Path = Path("/srv/pianotuning/reports")
    download_prefix: str = "tuning-report"

    model_config = {"env_prefix": "PIANO_"}


settings = ReportSettings()
app = FastAPI(title="Tuning reports")


class ReportStore:
    def __init__(self, base: Path):
        self.base = base

    def locate(self, report_name: str) -> Path:
        return self.base / report_name

    def list_names(self) -> list[str]:
        return sorted(p.name for p in self.base.glob("*.pdf"))


store = ReportStore(settings.report_dir)


@app.get("/reports", dependencies=[Depends(require_staff)])
def list_reports() -> dict:
    return {"reports": store.list_names()}


@app.get("/reports/download", dependencies=[Depends(require_staff)])
def download_report(name: str):
    path = store.locate(name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=f"{settings.download_prefix}-{path.name}",
    )
