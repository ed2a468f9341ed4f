"""File store for signed customs documents attached to export shipments."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from goldbeater.api.deps import require_shipping_staff
from goldbeater.settings import CUSTOMS_DOC_ROOT

router = APIRouter(prefix="/customs/documents", dependencies=[Depends(require_shipping_staff)])


class CustomsDocumentStore:
    def __init__(self, root: str = CUSTOMS_DOC_ROOT):
        self.root = Path(root).resolve()

    def locate(self, shipment_ref: str, name: str) -> Path:
        candidate = (self.root / shipment_ref / name).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=400, detail="invalid document path")
        return candidate

    def save(self, shipment_ref: str, name: str, content: bytes) -> Path:
        target = self.locate(shipment_ref, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        return target


store = CustomsDocumentStore()


@router.get("/{shipment_ref}/{name}")
async def fetch_document(shipment_ref: str, name: str):
    path = store.locate(shipment_ref, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.delete("/{shipment_ref}/{name}")
async def remove_document(shipment_ref: str, name: str):
    path = store.locate(shipment_ref, name)
    path.unlink(missing_ok=True)
    return {"removed": name}
