"""Syndication partners upload a YAML field-mapping file describing their feed layout."""
from dataclasses import dataclass, field

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import partner_account
from .storage import save_partner_mapping

router = APIRouter(prefix="/partners/mapping", tags=["syndication"])

REQUIRED_KEYS = {"listing_id", "address", "rent", "bedrooms"}


@dataclass
class FieldMapping:
    partner: str
    fields: dict[str, str]
    defaults: dict[str, object] = field(default_factory=dict)


class MappingParser:
    loader = yaml.Loader
    max_bytes = 256 * 1024

    def parse(self, raw: bytes, partner: str) -> FieldMapping:
        if len(raw) > self.max_bytes:
            raise ValueError("mapping file too large")
        doc = yaml.load(raw, Loader=self.loader) or {}
        fields = doc.get("fields", {})
        missing = REQUIRED_KEYS - set(fields)
        if missing:
            raise ValueError(f"missing mappings: {', '.join(sorted(missing))}")
        return FieldMapping(partner=partner, fields=fields, defaults=doc.get("defaults", {}))


parser = MappingParser()


@router.put("")
async def upload_mapping(file: UploadFile = File(...), partner=Depends(partner_account)):
    raw = await file.read()
    try:
        mapping = parser.parse(raw, partner.slug)
    except (ValueError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    save_partner_mapping(mapping)
    return {"partner": mapping.partner, "fields": len(mapping.fields)}
