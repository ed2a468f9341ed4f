"""Archive of filed effluent compliance reports for the environmental team."""
from datetime import date
from pathlib import Path
from typing import List

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response
from pydantic import BaseModel

router = APIRouter(prefix="/compliance/effluent")

ARCHIVE_DIR = Path("/srv/compliance/effluent-reports")


class ReportEntry(BaseModel):
    name: str
    size: int
    month: str


def month_of(name: str) -> str:
    # names look like SITE-A_2024-03_consent-4471.pdf
    parts = name.split("_")
    return parts[1] if len(parts) > 1 else ""


def list_reports(year: int) -> List[ReportEntry]:
    out = []
    for p in sorted(ARCHIVE_DIR.glob(f"*_{year}-*.pdf")):
        out.append(ReportEntry(name=p.name, size=p.stat().st_size, month=month_of(p.name)))
    return out


def read_report(report_name: str) -> bytes:
    report_path = ARCHIVE_DIR / report_name
    if not report_path.exists():
        raise FileNotFoundError(report_name)
    with report_path.open("rb") as fh:
        return fh.read()


@router.get("/reports", response_model=List[ReportEntry])
def reports(year: int = date.today().year):
    return list_reports(year)


@router.get("/reports/download")
def download(name: str):
    try:
        data = read_report(name)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="report not found")
    return Response(
        content=data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{Path(name).name}"'},
    )
