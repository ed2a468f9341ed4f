"""Documents area for cold-storage tenants.

Tenants upload their own paperwork (food hygiene certificates, insurance,
pallet lists) and can remove files they no longer need. Files live under
DOCS_ROOT/<tenant id>/.
"""
import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import CurrentTenant, current_tenant
from .settings import settings

router = APIRouter(prefix="/tenant/documents")

DOCS_ROOT = Path(settings.tenant_docs_root)


def tenant_folder(tenant: CurrentTenant) -> Path:
    folder = DOCS_ROOT / str(tenant.id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.get("/")
def list_documents(tenant: CurrentTenant = Depends(current_tenant)) -> list[dict]:
    folder = tenant_folder(tenant)
    return [{"name": p.name, "bytes": p.stat().st_size} for p in sorted(folder.iterdir()) if p.is_file()]


@router.post("/", status_code=201)
async def upload_document(file: UploadFile, tenant: CurrentTenant = Depends(current_tenant)) -> dict:
    name = Path(file.filename or "").name
    if not name:
        raise HTTPException(400, "missing file name")
    dest = tenant_folder(tenant) / name
    with dest.open("wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"name": name}


@router.get("/{name}")
def download_document(name: str, tenant: CurrentTenant = Depends(current_tenant)) -> FileResponse:
    path = tenant_folder(tenant) / Path(name).name
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, filename=path.name)


@router.delete("/{name:path}", status_code=204)
def delete_document(name: str, tenant: CurrentTenant = Depends(current_tenant)) -> None:
    target = tenant_folder(tenant) / name
    if not target.is_file():
        raise HTTPException(404, "no such document")
    target.unlink()
