"""Ingest endpoint for telemetry bundles uploaded by still controllers.

When a controller loses its link to the plant network it buffers readings to
disk, then uploads a .tar.gz bundle of CSV files once connectivity returns.
"""
import logging
import tarfile
import tempfile
import uuid
from pathlib import Path

from fastapi import APIRouter, File, Header, HTTPException, UploadFile

from .auth import controller_for_token
from .loader import load_csv_readings

router = APIRouter(prefix="/telemetry")
log = logging.getLogger(__name__)

STAGING_ROOT = Path("/var/lib/telemetry/staging")


@router.post("/bundles", status_code=202)
async def upload_bundle(
    bundle: UploadFile = File(...),
    x_controller_token: str = Header(...),
):
    controller = controller_for_token(x_controller_token)
    if controller is None:
        raise HTTPException(401, "unknown controller")

    batch_dir = STAGING_ROOT / controller.still_code / uuid.uuid4().hex
    batch_dir.mkdir(parents=True)

    with tempfile.TemporaryFile() as spool:
        while chunk := await bundle.read(1 << 20):
            spool.write(chunk)
        spool.seek(0)
        with tarfile.open(fileobj=spool, mode="r:gz") as tar:
            tar.extractall(path=batch_dir)

    count = 0
    for csv_path in sorted(batch_dir.rglob("*.csv")):
        count += load_csv_readings(controller.still_code, csv_path)
    log.info("ingested %d readings from %s", count, controller.still_code)
    return {"batch": batch_dir.name, "readings": count}
