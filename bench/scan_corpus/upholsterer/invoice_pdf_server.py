"""Download invoices and quotes as PDF from the customer portal."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from portal.deps import current_customer
from portal.settings import settings

router = APIRouter(prefix="/portal/documents")


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def locate(self, customer_id: int, relative: str) -> Path:
        base = (self.root / f"customer-{customer_id}").resolve()
        candidate = (base / relative).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(relative)
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise FileNotFoundError(relative)
        return candidate

    def listing(self, customer_id: int) -> list[str]:
        base = self.root / f"customer-{customer_id}"
        if not base.is_dir():
            return []
        return sorted(str(p.relative_to(base)) for p in base.rglob("*.pdf"))


store = DocumentStore(Path(settings.document_root))


@router.get("/")
def my_documents(customer=Depends(current_customer)):
    return {"documents": store.listing(customer.id)}


@router.get("/file")
def download(path: str, customer=Depends(current_customer)):
    try:
        pdf = store.locate(customer.id, path)
    except (PermissionError, FileNotFoundError):
        raise HTTPException(status_code=404, detail="Document not found")
    return FileResponse(pdf, media_type="application/pdf", filename=pdf.name)
