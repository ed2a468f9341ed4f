"""Upload of signed service contracts and insurance certificates from the
customer portal. Files are kept per contract reference."""
import re
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, UploadFile, status

from millwright.portal.auth import CurrentCustomer, current_customer

router = APIRouter(prefix="/contracts")

UPLOAD_ROOT = Path("/srv/millwright/contract-docs")
CONTRACT_REF = re.compile(r"^MW-\d{4}-\d{5}$")
MAX_BYTES = 20 * 1024 * 1024
CHUNK = 64 * 1024


def _contract_dir(contract_ref: str) -> Path:
    if not CONTRACT_REF.fullmatch(contract_ref):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "malformed contract reference")
    folder = UPLOAD_ROOT / contract_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{contract_ref}/documents", status_code=status.HTTP_201_CREATED)
async def upload_document(
    contract_ref: str,
    upload: UploadFile,
    customer: CurrentCustomer = Depends(current_customer),
):
    if contract_ref not in customer.contract_refs:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    if not upload.filename:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "file name required")
    dest = _contract_dir(contract_ref) / upload.filename
    written = 0
    async with aiofiles.open(dest, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                await out.close()
                dest.unlink(missing_ok=True)
                raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
            await out.write(chunk)
    return {"contract": contract_ref, "stored_as": dest.name, "bytes": written}
