"""Imports the YAML manifest consignors upload with a multi-lot consignment.

A manifest lists the objects in the shipment with dimensions, provenance
notes and reserve requests; cataloguers review it before lots are created.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from yaml import Loader as _ManifestLoader
from yaml import load as load_yaml

REQUIRED_KEYS = {"consignor_ref", "items"}


@dataclass
class ManifestItem:
    description: str
    quantity: int = 1
    reserve: Decimal | None = None
    provenance: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    consignor_ref: str
    items: list[ManifestItem]


class ManifestError(ValueError):
    pass


def parse_manifest(uploaded_file) -> Manifest:
    document = load_yaml(uploaded_file.read(), Loader=_ManifestLoader)
    if not isinstance(document, dict) or not REQUIRED_KEYS <= document.keys():
        raise ManifestError("manifest must contain consignor_ref and items")

    items = []
    for idx, raw in enumerate(document["items"], start=1):
        if "description" not in raw:
            raise ManifestError(f"item {idx} has no description")
        reserve = raw.get("reserve")
        items.append(
            ManifestItem(
                description=str(raw["description"]).strip(),
                quantity=int(raw.get("quantity", 1)),
                reserve=Decimal(str(reserve)) if reserve is not None else None,
                provenance=[str(p) for p in raw.get("provenance", [])],
            )
        )
    return Manifest(consignor_ref=str(document["consignor_ref"]), items=items)
