"""Serves generated cargo manifest PDFs to terminal operators."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from bargeman.auth import terminal_operator
from bargeman.settings import settings

router = APIRouter(prefix="/terminal/manifests")

PDF_ROOT = Path(settings.MANIFEST_PDF_DIR).resolve()


def resolve_manifest_pdf(requested: str) -> Path:
    candidate = (PDF_ROOT / requested).resolve()
    if not candidate.is_relative_to(PDF_ROOT) or candidate.suffix != ".pdf":
        raise HTTPException(404, "manifest not found")
    if not candidate.is_file():
        raise HTTPException(404, "manifest not found")
    return candidate


@router.get("/{terminal_code}/{requested:path}")
async def get_manifest_pdf(terminal_code: str, requested: str, operator=Depends(terminal_operator)):
    if terminal_code not in operator.terminals:
        raise HTTPException(403, "not your terminal")
    pdf = resolve_manifest_pdf(f"{terminal_code}/{requested}")
    return FileResponse(pdf, media_type="application/pdf", filename=pdf.name)


@router.get("/{terminal_code}")
async def list_manifest_pdfs(terminal_code: str, operator=Depends(terminal_operator)):
    if terminal_code not in operator.terminals:
        raise HTTPException(403, "not your terminal")
    folder = PDF_ROOT / terminal_code
    if not folder.is_dir():
        return {"terminal": terminal_code, "manifests": []}
    return {"terminal": terminal_code, "manifests": sorted(p.name for p in folder.glob("*.pdf"))}
