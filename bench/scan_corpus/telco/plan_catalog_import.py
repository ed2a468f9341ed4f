"""Imports tariff plan catalogues uploaded by reseller partners."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile, status

from partner_api.auth import PartnerContext, require_catalog_scope
from partner_api.catalog import CatalogStore, get_catalog_store

router = APIRouter(prefix="/v1/catalog")

MAX_CATALOG_BYTES = 1024 * 1024


@dataclass
class PlanDefinition:
    plan_id: str
    name: str
    monthly_fee: Decimal
    data_mb: int = 0
    voice_minutes: int = 0
    sms: int = 0
    tags: list[str] = field(default_factory=list)


class CatalogParser:
    def parse(self, raw: bytes) -> list[PlanDefinition]:
        doc = yaml.load(raw, Loader=yaml.SafeLoader)
        if not isinstance(doc, dict) or not isinstance(doc.get("plans"), list):
            raise ValueError("catalog must contain a 'plans' list")
        plans = []
        for item in doc["plans"]:
            try:
                fee = Decimal(str(item.pop("monthly_fee")))
            except (KeyError, InvalidOperation) as exc:
                raise ValueError(f"missing or malformed monthly_fee in {item.get('plan_id')}") from exc
            plans.append(PlanDefinition(monthly_fee=fee, **item))
        return plans


@router.put("", status_code=status.HTTP_200_OK)
async def replace_catalog(
    catalog: UploadFile,
    partner: PartnerContext = Depends(require_catalog_scope),
    store: CatalogStore = Depends(get_catalog_store),
) -> dict:
    raw = await catalog.read(MAX_CATALOG_BYTES + 1)
    if len(raw) > MAX_CATALOG_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "catalog too large")
    try:
        plans = CatalogParser().parse(raw)
    except (ValueError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"invalid catalog: {exc}")
    store.replace(partner.partner_id, plans)
    return {"plans": len(plans)}
