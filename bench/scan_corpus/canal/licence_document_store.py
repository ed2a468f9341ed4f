"""Storage for boat licence supporting documents (insurance, BSS certificates)."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from licensing.auth import BoaterAccount, current_boater

router = APIRouter(prefix="/licences")


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def folder_for(self, boat_index: str) -> Path:
        return self.root / boat_index.upper()

    def locate(self, boat_index: str, document: str) -> Path:
        return self.folder_for(boat_index) / document

    def list(self, boat_index: str) -> list[str]:
        folder = self.folder_for(boat_index)
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


class LicenceDocuments:
    def __init__(self, store: DocumentStore) -> None:
        self.store = store

    def fetch(self, owner: BoaterAccount, boat_index: str, document: str) -> Path:
        if boat_index.upper() not in owner.boat_indexes:
            raise PermissionError(boat_index)
        path = self.store.locate(boat_index, document)
        if not path.is_file():
            raise FileNotFoundError(document)
        return path


documents = LicenceDocuments(DocumentStore(Path("/srv/licensing/documents")))


@router.get("/{boat_index}/documents")
def list_documents(boat_index: str, boater: BoaterAccount = Depends(current_boater)):
    if boat_index.upper() not in boater.boat_indexes:
        raise HTTPException(status_code=403)
    return {"documents": documents.store.list(boat_index)}


@router.get("/{boat_index}/documents/{document:path}")
def get_document(boat_index: str, document: str, boater: BoaterAccount = Depends(current_boater)):
    try:
        path = documents.fetch(boater, boat_index, document)
    except PermissionError:
        raise HTTPException(status_code=403)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    return FileResponse(path)
