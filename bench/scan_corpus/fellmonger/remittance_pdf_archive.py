"""Archive of remittance advice PDFs that farmers fetch from the supplier portal."""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response
from pydantic_settings import BaseSettings

from fellmonger.portal.auth import SupplierPrincipal, current_supplier


class ArchiveSettings(BaseSettings):
    remittance_root: Path = Path("/srv/fellmonger/remittances")
    cache_seconds: int = 600

    model_config = {"env_prefix": "FELLMONGER_"}


settings = ArchiveSettings()
router = APIRouter(prefix="/supplier/remittances")


class RemittanceArchive:
    def __init__(self, root: Path):
        self.root = root

    def supplier_dir(self, supplier_code: str) -> Path:
        return self.root / supplier_code

    def locate(self, supplier_code: str, statement: str) -> Path:
        return self.supplier_dir(supplier_code) / f"{statement}.pdf"

    async def read(self, supplier_code: str, statement: str) -> bytes:
        async with aiofiles.open(self.locate(supplier_code, statement), "rb") as fh:
            return await fh.read()


archive = RemittanceArchive(settings.remittance_root)


@router.get("/")
async def list_statements(principal: SupplierPrincipal = Depends(current_supplier)):
    folder = archive.supplier_dir(principal.supplier_code)
    names = sorted(p.stem for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return {"statements": names}


@router.get("/{statement:path}")
async def fetch_statement(statement: str, principal: SupplierPrincipal = Depends(current_supplier)):
    try:
        data = await archive.read(principal.supplier_code, statement)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="statement not found")
    return Response(
        content=data,
        media_type="application/pdf",
        headers={"Cache-Control": f"private, max-age={settings.cache_seconds}"},
    )
