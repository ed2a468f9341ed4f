"""Imports sailing itineraries that product managers upload as YAML.

Example document:

    sailing: DAN-2025-07-12
    vessel: MS Aurelia
    calls:
      - port: Passau
        arrive: 2025-07-12T14:00
        depart: 2025-07-12T20:00
"""

from __future__ import annotations

from datetime import datetime

import yaml as _yaml


class ItineraryError(ValueError):
    pass


def _load(stream) -> dict:
    doc = _yaml.load(stream, Loader=_yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise ItineraryError("itinerary must be a mapping")
    return doc


def _as_datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def parse_itinerary(stream) -> dict:
    doc = _load(stream)
    try:
        calls = [
            {
                "port": str(call["port"]),
                "arrive": _as_datetime(call["arrive"]),
                "depart": _as_datetime(call["depart"]),
            }
            for call in doc["calls"]
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise ItineraryError(f"bad port call entry: {exc}") from exc
    return {"sailing": str(doc["sailing"]), "vessel": str(doc.get("vessel", "")), "calls": calls}
