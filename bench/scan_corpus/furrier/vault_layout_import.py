"""Loads vault floor layouts (racks, rails, capacities) uploaded by facilities staff."""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .deps import require_role
from .layouts import save_layout

router = APIRouter(prefix="/facilities")

MAX_RACKS = 400


@dataclass
class Rack:
    code: str
    rails: int
    capacity_per_rail: int
    near_door: bool = False


@dataclass
class VaultLayout:
    vault: str
    target_celsius: float
    racks: list[Rack] = field(default_factory=list)

    @property
    def capacity(self) -> int:
        return sum(r.rails * r.capacity_per_rail for r in self.racks)


def parse_layout(text: str) -> VaultLayout:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or "vault" not in doc:
        raise ValueError("layout must be a mapping with a 'vault' key")
    racks = [
        Rack(
            code=str(r["code"]),
            rails=int(r["rails"]),
            capacity_per_rail=int(r.get("capacity", 40)),
            near_door=bool(r.get("near_door", False)),
        )
        for r in doc.get("racks", [])
    ]
    if len(racks) > MAX_RACKS:
        raise ValueError("too many racks in layout")
    return VaultLayout(str(doc["vault"]), float(doc.get("target_celsius", 4.5)), racks)


@router.post("/layouts", dependencies=[Depends(require_role("facilities"))])
async def upload_layout(file: UploadFile = File(...)):
    raw = await file.read()
    try:
        layout = parse_layout(raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, KeyError, TypeError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    await save_layout(layout)
    return {"vault": layout.vault, "racks": len(layout.racks), "capacity": layout.capacity}
