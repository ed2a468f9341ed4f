"""Customer-uploaded attachments on bow orders (grip tracings, reference photos)."""
import os
import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query, status

from .auth import Staff, require_staff

router = APIRouter(prefix="/orders/{order_ref}/attachments", tags=["attachments"])

ATTACHMENT_ROOT = os.environ.get("ORDER_ATTACHMENTS", "/srv/bowyer/attachments")


def order_folder(order_ref: str) -> str:
    if not order_ref.isalnum():
        raise HTTPException(status_code=400, detail="invalid order reference")
    return os.path.join(ATTACHMENT_ROOT, order_ref.upper())


@router.get("")
def list_attachments(order_ref: str, staff: Staff = Depends(require_staff)):
    folder = order_folder(order_ref)
    if not os.path.isdir(folder):
        return []
    return [
        {"name": entry.name, "bytes": entry.stat().st_size}
        for entry in os.scandir(folder)
        if entry.is_file()
    ]


@router.delete("", status_code=status.HTTP_204_NO_CONTENT)
def delete_attachment(
    order_ref: str,
    name: str = Query(..., description="attachment file name as listed"),
    staff: Staff = Depends(require_staff),
):
    path = os.path.join(order_folder(order_ref), name)
    if not os.path.exists(path):
        raise HTTPException(status_code=404, detail="no such attachment")
    os.remove(path)


@router.post("/archive", status_code=status.HTTP_202_ACCEPTED)
def archive_attachments(order_ref: str, staff: Staff = Depends(require_staff)):
    folder = Path(order_folder(order_ref))
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="order has no attachments")
    archive_dir = Path(ATTACHMENT_ROOT) / "_archive"
    archive_dir.mkdir(exist_ok=True)
    shutil.make_archive(str(archive_dir / folder.name), "zip", root_dir=folder)
    shutil.rmtree(folder)
    return {"archived": f"{folder.name}.zip", "by": staff.username}
