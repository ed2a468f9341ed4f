"""Endpoint for carriers to upload surcharge definitions as YAML."""

from decimal import Decimal

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from freight.auth import require_carrier
from freight.rates import SurchargeRule, save_rules

router = APIRouter(prefix="/carrier/rates")

MAX_UPLOAD_BYTES = 512 * 1024


def _to_rules(doc: dict, carrier_id: int) -> list[SurchargeRule]:
    rules = []
    for item in doc.get("surcharges", []):
        rules.append(
            SurchargeRule(
                carrier_id=carrier_id,
                code=str(item["code"]).upper(),
                basis=item.get("basis", "per_container"),
                amount=Decimal(str(item["amount"])),
                currency=item.get("currency", "USD"),
                lanes=item.get("lanes", []),
            )
        )
    return rules


@router.post("/surcharges")
async def upload_surcharges(file: UploadFile = File(...), carrier=Depends(require_carrier)):
    raw = await file.read()
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    try:
        doc = yaml.load(raw, Loader=yaml.Loader)
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=400, detail=f"invalid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise HTTPException(status_code=400, detail="expected a mapping at top level")
    rules = _to_rules(doc, carrier.id)
    save_rules(carrier.id, rules)
    return {"imported": len(rules)}
