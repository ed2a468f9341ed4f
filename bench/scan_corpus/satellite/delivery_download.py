"""Download endpoint for delivered products.

Products are unpacked under ``<DELIVERY_ROOT>/<order_id>/`` and keep their
original folder structure (e.g. ``IMG_PHR1A/R1C1.TIF``), hence the path route.
"""
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from api.auth import Principal, current_principal
from delivery.orders import order_belongs_to

router = APIRouter(prefix="/orders")
DELIVERY_ROOT = os.environ.get("DELIVERY_ROOT", "/srv/delivery")


def _product_path(order_id: int, relpath: str) -> str:
    return os.path.join(DELIVERY_ROOT, str(order_id), relpath)


@router.get("/{order_id}/files/{relpath:path}")
def download(order_id: int, relpath: str, principal: Principal = Depends(current_principal)):
    if not order_belongs_to(order_id, principal.customer_id):
        raise HTTPException(404)
    path = _product_path(order_id, relpath)
    if not os.path.isfile(path):
        raise HTTPException(404)
    return FileResponse(path, filename=os.path.basename(path))
