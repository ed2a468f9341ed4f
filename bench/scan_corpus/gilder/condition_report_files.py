"""Portal endpoints serving condition report PDFs to museum clients.

Reports are rendered by the report worker into
``<REPORT_ROOT>/<institution_slug>/<file name>.pdf``.
"""
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import PortalUser, current_portal_user


class ReportSettings(BaseSettings):
    report_root: str = "/srv/gilder/reports"
    model_config = {"env_prefix": "GILDER_"}


@lru_cache
def get_settings() -> ReportSettings:
    return ReportSettings()


app = FastAPI(title="Gilder client portal - reports")


def institution_dir(settings: ReportSettings, user: PortalUser) -> str:
    return os.path.join(settings.report_root, user.institution_slug)


@app.get("/reports")
def list_reports(user: PortalUser = Depends(current_portal_user),
                 settings: ReportSettings = Depends(get_settings)):
    folder = institution_dir(settings, user)
    if not os.path.isdir(folder):
        return {"reports": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return {"reports": names}


@app.get("/reports/{filename:path}")
def download_report(filename: str,
                    user: PortalUser = Depends(current_portal_user),
                    settings: ReportSettings = Depends(get_settings)):
    full_path = os.path.join(institution_dir(settings, user), filename)
    if not os.path.isfile(full_path):
        raise HTTPException(status_code=404, detail="report not found")
    return FileResponse(full_path, media_type="application/pdf",
                        filename=os.path.basename(full_path))
