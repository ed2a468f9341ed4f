"""Import equipment catalogue entries uploaded by the purchasing team as YAML."""
import logging
from decimal import Decimal

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from wheelchairhire.api.deps import purchasing_user
from wheelchairhire.catalogue import upsert_catalogue_item

log = logging.getLogger(__name__)

router = APIRouter(prefix="/admin/catalogue", dependencies=[Depends(purchasing_user)])

REQUIRED_FIELDS = {"sku", "name", "category", "weekly_rate"}


def parse_catalogue(text: str) -> list[dict]:
    document = yaml.safe_load(text) or {}
    items = document.get("items", [])
    if not isinstance(items, list):
        raise ValueError("'items' must be a list")
    for item in items:
        missing = REQUIRED_FIELDS - set(item)
        if missing:
            raise ValueError(f"{item.get('sku', '?')}: missing {', '.join(sorted(missing))}")
        item["weekly_rate"] = Decimal(str(item["weekly_rate"]))
    return items


@router.post("/import")
async def import_catalogue(upload: UploadFile):
    if not upload.filename.endswith((".yml", ".yaml")):
        raise HTTPException(400, "Expected a YAML file")
    text = (await upload.read()).decode("utf-8")
    try:
        items = parse_catalogue(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(422, str(exc)) from exc
    for item in items:
        await upsert_catalogue_item(item)
    log.info("Imported %d catalogue items from %s", len(items), upload.filename)
    return {"imported": len(items)}
