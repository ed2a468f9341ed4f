"""Download of grading certificates for merchants.

Each graded pack has a PDF certificate stored under the merchant's
folder on the document volume. Merchants download them from the portal
by pack number when their own customers ask for proof of grade.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from sawyer.api.deps import current_merchant
from sawyer.settings import settings

router = APIRouter(prefix="/certificates")


class CertificateStore:
    def __init__(self, root: Path = settings.CERTIFICATE_ROOT):
        self.root = Path(root)

    def folder_for(self, merchant_code: str) -> Path:
        return self.root / merchant_code.lower()

    def locate(self, merchant_code: str, document: str) -> Path:
        return self.folder_for(merchant_code) / document


store = CertificateStore()


@router.get("/{document}")
async def download_certificate(document: str, merchant=Depends(current_merchant)):
    path = store.locate(merchant.code, document)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="certificate not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.get("")
async def list_certificates(merchant=Depends(current_merchant)):
    folder = store.folder_for(merchant.code)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.pdf"))
