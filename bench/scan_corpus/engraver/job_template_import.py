"""Imports reusable engraving job templates that corporate accounts upload.

Accounts with recurring awards (employee of the month plaques, sales cups) send
us a YAML file describing layout, fonts and laser settings for each item.
"""
from dataclasses import dataclass, field
from typing import Any

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .portal import PortalCustomer, current_customer
from .templates_repo import save_template

router = APIRouter(prefix="/templates")

MAX_TEMPLATE_BYTES = 256 * 1024


@dataclass
class JobTemplate:
    name: str
    item_sku: str
    font: str = "Times New Roman"
    font_size_pt: float = 14.0
    lines: list[str] = field(default_factory=list)
    laser: dict[str, Any] = field(default_factory=dict)


def parse_template(raw: bytes) -> JobTemplate:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "name" not in doc or "item_sku" not in doc:
        raise ValueError("template needs at least name and item_sku")
    return JobTemplate(
        name=str(doc["name"]),
        item_sku=str(doc["item_sku"]),
        font=str(doc.get("font", "Times New Roman")),
        font_size_pt=float(doc.get("font_size_pt", 14.0)),
        lines=[str(x) for x in doc.get("lines", [])],
        laser=dict(doc.get("laser", {})),
    )


@router.post("/import")
async def import_template(
    upload: UploadFile = File(...),
    customer: PortalCustomer = Depends(current_customer),
):
    raw = await upload.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise HTTPException(413, "template too large")
    try:
        template = parse_template(raw)
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise HTTPException(422, f"could not read template: {exc}") from exc
    template_id = await save_template(customer.account_id, template)
    return {"id": template_id, "name": template.name, "lines": len(template.lines)}
