"""Loads the inflatable fleet inventory that depot managers upload as a YAML file."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO

import yaml
from flask import Blueprint, abort, request
from sqlalchemy.orm import Session

from bookings.db import SessionLocal
from bookings.models import Inflatable

bp = Blueprint("fleet", __name__, url_prefix="/fleet")

ALLOWED_TYPES = {"bouncy_castle", "slide", "assault_course", "ball_pit", "bouncy_boxing"}


@dataclass
class FleetItem:
    tag: str
    name: str
    kind: str
    day_rate: Decimal
    last_inspection: date
    max_users: int


def parse_inventory(source: str | IO[str]) -> list[FleetItem]:
    document = yaml.safe_load(source) or {}
    items = []
    for raw in document.get("units", []):
        kind = raw.get("type")
        if kind not in ALLOWED_TYPES:
            raise ValueError(f"unit {raw.get('tag')!r}: unknown type {kind!r}")
        items.append(
            FleetItem(
                tag=str(raw["tag"]),
                name=str(raw["name"]),
                kind=kind,
                day_rate=Decimal(str(raw["day_rate"])),
                last_inspection=date.fromisoformat(str(raw["last_inspection"])),
                max_users=int(raw.get("max_users", 8)),
            )
        )
    return items


def upsert(session: Session, items: list[FleetItem]) -> int:
    for item in items:
        unit = session.get(Inflatable, item.tag) or Inflatable(tag=item.tag)
        unit.name = item.name
        unit.kind = item.kind
        unit.day_rate = item.day_rate
        unit.last_inspection = item.last_inspection
        unit.max_users = item.max_users
        session.add(unit)
    session.commit()
    return len(items)


@bp.post("/inventory")
def upload_inventory():
    upload = request.files.get("inventory")
    if upload is None:
        abort(400, "inventory file required")
    try:
        items = parse_inventory(upload.read().decode("utf-8"))
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        abort(400, str(exc))
    with SessionLocal() as session:
        count = upsert(session, items)
    return {"updated": count}
