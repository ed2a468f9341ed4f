"""Upload endpoint for designers attaching revised proof files to an order."""
import logging
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_staff
from .proofs import ProofRepository

router = APIRouter(prefix="/proofs")
log = logging.getLogger(__name__)

PROOF_ROOT = Path("/srv/enameller/proofs")
MAX_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024


async def _store(upload: UploadFile, order_id: int) -> Path:
    folder = PROOF_ROOT / f"order-{order_id}"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / upload.filename
    written = 0
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                out.close()
                target.unlink(missing_ok=True)
                raise HTTPException(status_code=413, detail="proof file too large")
            out.write(chunk)
    return target


@router.post("/{order_id}/revisions")
async def add_revision(
    order_id: int,
    proof: UploadFile = File(...),
    staff=Depends(require_staff),
):
    repo = ProofRepository()
    if not await repo.order_exists(order_id):
        raise HTTPException(status_code=404, detail="unknown order")
    stored = await _store(proof, order_id)
    revision = await repo.add_revision(
        order_id=order_id,
        path=str(stored),
        uploaded_by=staff.id,
        uploaded_at=datetime.now(timezone.utc),
    )
    log.info("proof revision %s stored for order %s", revision, order_id)
    return {"order_id": order_id, "revision": revision}
