# Copyright {{ year }} {{ org_name }}
"""Catalogue records (a small slice of the full export, enough for the public site)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    item_id: str
    title: str
    year: int
    kind: str
    scan: str | None  # path under FILES_DIR, None when not digitised yet


ITEMS = {
    "map-0412": Item("map-0412", "Survey of {{ org_city }} waterfront", 1889, "map", "maps/map-0412.tif"),
    "ph-1177": Item("ph-1177", "Dock workers at the grain elevator", 1931, "photograph", "photos/ph-1177.jpg"),
    "ms-0031": Item("ms-0031", "Harbour master's log, vol. 3", 1874, "manuscript", None),
}


def find_item(item_id: str) -> Item | None:
    return ITEMS.get(item_id)
