"""Reads the YAML job tickets that trade partners upload with their artwork.

Example::

    job: Spring catalogue
    quantity: 5000
    stock: 130gsm silk
    finishing: [saddle-stitch, trim]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
REQUIRED = ("job", "quantity", "stock")


class TicketError(ValueError):
    pass


@dataclass
class JobTicket:
    job: str
    quantity: int
    stock: str
    finishing: list[str] = field(default_factory=list)
    notes: str = ""


def load_ticket(stream: IO[bytes] | str) -> JobTicket:
    try:
        data = yaml.load(stream, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise TicketError(f"ticket is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise TicketError("ticket must be a mapping")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise TicketError(f"ticket missing {', '.join(missing)}")
    return JobTicket(
        job=str(data["job"]),
        quantity=int(data["quantity"]),
        stock=str(data["stock"]),
        finishing=[str(f) for f in data.get("finishing") or []],
        notes=str(data.get("notes", "")),
    )
