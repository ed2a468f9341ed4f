"""Manage customer artwork uploaded for printed spool labels and rope tags.

Marine customers can upload a logo in the custom order configurator; the
file is printed on the spool flange and on heat-shrink end tags.
"""
from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, HTTPException

from cordmaker.auth import current_customer
from cordmaker.settings import ARTWORK_ROOT

router = APIRouter(prefix="/configurator/artwork")


class ArtworkStore:
    def __init__(self, root: str = ARTWORK_ROOT) -> None:
        self.root = Path(root)

    def folder_for(self, customer_id: int) -> Path:
        folder = self.root / f"c{customer_id:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def list(self, customer_id: int) -> List[str]:
        return sorted(p.name for p in self.folder_for(customer_id).iterdir() if p.is_file())

    def remove(self, customer_id: int, name: str) -> bool:
        target = self.folder_for(customer_id) / name
        if not target.exists():
            return False
        target.unlink()
        return True


store = ArtworkStore()


@router.get("")
async def list_artwork(customer=Depends(current_customer)):
    return {"files": store.list(customer.id)}


@router.delete("/{name:path}")
async def delete_artwork(name: str, customer=Depends(current_customer)):
    if not store.remove(customer.id, name):
        raise HTTPException(status_code=404, detail="no such artwork")
    return {"deleted": name}
