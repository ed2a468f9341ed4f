"""Lets customers download the assay certificate and hallmark photos for their own pieces."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from portal.auth import current_customer
from portal.config import settings
from portal.models import Customer
from portal.repositories import PieceRepository, get_piece_repository

router = APIRouter(prefix="/my-pieces")

CERT_ROOT = Path(settings.CERTIFICATE_ROOT).resolve()


def resolve_inside(base: Path, *parts: str) -> Path:
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="File not found")
    return candidate


@router.get("/{stock_number}/documents/{document_name}")
async def download_document(
    stock_number: str,
    document_name: str,
    customer: Customer = Depends(current_customer),
    pieces: PieceRepository = Depends(get_piece_repository),
):
    piece = await pieces.get_for_customer(stock_number, customer.id)
    if piece is None:
        raise HTTPException(status_code=404, detail="File not found")
    path = resolve_inside(CERT_ROOT, piece.parcel_ref, document_name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="File not found")
    return FileResponse(path, filename=path.name)


@router.get("/{stock_number}/documents")
async def list_documents(
    stock_number: str,
    customer: Customer = Depends(current_customer),
    pieces: PieceRepository = Depends(get_piece_repository),
):
    piece = await pieces.get_for_customer(stock_number, customer.id)
    if piece is None:
        raise HTTPException(status_code=404, detail="Piece not found")
    folder = resolve_inside(CERT_ROOT, piece.parcel_ref)
    if not folder.is_dir():
        return {"documents": []}
    return {"documents": sorted(p.name for p in folder.iterdir() if p.is_file())}
