"""Upload endpoint for recurring delivery schedules.

Retail customers send a YAML file describing their weekly store drops, e.g.::

    stores:
      - code: ST-0412
        days: [mon, thu]
        window: "06:00-09:00"
"""
import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_customer
from .schedules import ScheduleEntry, replace_schedule

router = APIRouter(prefix="/schedules")
MAX_UPLOAD_BYTES = 512 * 1024
VALID_DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def _entries(document: dict) -> list[ScheduleEntry]:
    entries = []
    for store in document.get("stores", []):
        days = [d.lower() for d in store.get("days", [])]
        if not days or not set(days) <= VALID_DAYS:
            raise HTTPException(422, f"invalid delivery days for store {store.get('code')}")
        start, _, end = str(store["window"]).partition("-")
        entries.append(ScheduleEntry(store_code=store["code"], days=days, window_start=start, window_end=end))
    return entries


@router.post("/upload")
async def upload_schedule(file: UploadFile = File(...), customer=Depends(current_customer)):
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, "schedule file too large")
    try:
        document = yaml.load(raw, Loader=yaml.Loader)
    except yaml.YAMLError as exc:
        raise HTTPException(400, f"invalid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise HTTPException(422, "expected a mapping at the top level")
    entries = _entries(document)
    replace_schedule(customer.id, entries)
    return {"stores": len(entries)}
