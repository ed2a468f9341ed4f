"""Storage for rendered valuation certificate PDFs.

Certificates are rendered once when signed off and stored per customer;
the portal streams them back on request.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from clockmaker.auth import PortalUser, current_portal_user
from clockmaker.settings import CERTIFICATE_ROOT


class CertificateStore:
    def __init__(self, root: str | Path = CERTIFICATE_ROOT):
        self.root = Path(root)

    def _location(self, customer_ref: str, document: str) -> Path:
        return self.root / customer_ref / f"{document}.pdf"

    async def save(self, customer_ref: str, document: str, pdf: bytes) -> Path:
        target = self._location(customer_ref, document)
        target.parent.mkdir(parents=True, exist_ok=True)
        async with aiofiles.open(target, "wb") as fh:
            await fh.write(pdf)
        return target

    async def load(self, customer_ref: str, document: str) -> bytes:
        async with aiofiles.open(self._location(customer_ref, document), "rb") as fh:
            return await fh.read()


router = APIRouter(prefix="/portal/certificates")
store = CertificateStore()


@router.get("/download")
async def download_certificate(
    document: str = Query(..., min_length=1),
    user: PortalUser = Depends(current_portal_user),
):
    try:
        pdf = await store.load(user.customer_ref, document)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="Certificate not found")
    return Response(
        content=pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{Path(document).name}.pdf"'},
    )
