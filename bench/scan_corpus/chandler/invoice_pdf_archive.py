"""Serves invoice PDFs to agents from the billing archive.

The billing run writes PDFs under <archive>/<agency_code>/<year>/; agents
request them by the relative path shown in their statement e-mails.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from chandler.auth import AgentPrincipal, current_agent
from chandler.config import settings

router = APIRouter(prefix="/billing")


def _agency_root(agency_code: str) -> Path:
    return (Path(settings.invoice_archive) / agency_code).resolve()


def resolve_invoice_path(agency_code: str, relative: str) -> Path:
    root = _agency_root(agency_code)
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404, detail="invoice not found")
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise HTTPException(status_code=404, detail="invoice not found")
    return candidate


@router.get("/invoices/{relative:path}")
def download_invoice(relative: str, agent: AgentPrincipal = Depends(current_agent)):
    path = resolve_invoice_path(agent.agency_code, relative)
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.get("/invoices")
def list_invoices(year: int, agent: AgentPrincipal = Depends(current_agent)):
    root = _agency_root(agent.agency_code)
    folder = root / str(year)
    if not folder.is_dir():
        return {"year": year, "invoices": []}
    return {
        "year": year,
        "invoices": sorted(p.relative_to(root).as_posix() for p in folder.glob("*.pdf")),
    }
