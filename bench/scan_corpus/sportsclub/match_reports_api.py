"""Serves referees' uploaded match report PDFs to league officials."""
import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

app = FastAPI(title="Match reports")

REPORTS_DIR = os.environ.get("MATCH_REPORTS_DIR", "/srv/league/match-reports")
SEASON_PATTERN = r"^\d{4}-\d{2}$"


@app.get("/reports")
def list_reports(season: str = Query(..., pattern=SEASON_PATTERN)) -> list[str]:
    folder = os.path.join(REPORTS_DIR, season)
    if not os.path.isdir(folder):
        return []
    return sorted(f for f in os.listdir(folder) if f.endswith(".pdf"))


@app.get("/reports/download")
def download_report(
    season: str = Query(..., pattern=SEASON_PATTERN),
    name: str = Query(..., min_length=1),
):
    path = os.path.join(REPORTS_DIR, season, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="Report not found")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
