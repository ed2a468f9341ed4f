"""Download endpoint for generated inspection report PDFs, laid out as
<REPORTS_ROOT>/<year>/<site>/<report>.pdf."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from millwright.portal.auth import CurrentCustomer, current_customer
from millwright.settings import get_settings

router = APIRouter(prefix="/reports")


def reports_root() -> Path:
    return Path(get_settings().reports_root).resolve()


def locate_report(root: Path, year: str, relative: str) -> Path:
    candidate = (root / year / relative).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{year}/{relative:path}")
def download_report(
    year: str,
    relative: str,
    customer: CurrentCustomer = Depends(current_customer),
    root: Path = Depends(reports_root),
):
    path = locate_report(root, year, relative)
    site_code = path.parent.name
    if site_code not in customer.site_codes:
        raise HTTPException(status_code=404)
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=f"inspection-{site_code}-{path.stem}.pdf",
    )


@router.get("/{year}")
def list_reports(
    year: str,
    customer: CurrentCustomer = Depends(current_customer),
    root: Path = Depends(reports_root),
):
    found = []
    for site in sorted(customer.site_codes):
        folder = (root / year / site).resolve()
        if folder.is_relative_to(root) and folder.is_dir():
            found += [f"{site}/{p.name}" for p in sorted(folder.glob("*.pdf"))]
    return {"year": year, "reports": found}
