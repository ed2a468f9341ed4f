"""Parses organ offer messages exchanged with European partner registries."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DefusedET

NS = {"eo": "urn:eurotransplant:offer:2.1"}


@dataclass
class CrossBorderOffer:
    offer_id: str
    origin_registry: str
    organ: str
    blood_group: str
    donor_age: int
    expires_at: datetime
    conditions: list[str]


def _required(node: Element, tag: str) -> str:
    value = node.findtext(f"eo:{tag}", namespaces=NS)
    if value is None or not value.strip():
        raise ValueError(f"offer missing <{tag}>")
    return value.strip()


def parse_offer(payload: bytes) -> CrossBorderOffer:
    root = DefusedET.fromstring(payload, forbid_dtd=True)
    donor = root.find("eo:Donor", NS)
    if donor is None:
        raise ValueError("offer missing <Donor>")
    return CrossBorderOffer(
        offer_id=_required(root, "OfferId"),
        origin_registry=_required(root, "OriginRegistry"),
        organ=_required(root, "Organ").lower(),
        blood_group=_required(donor, "BloodGroup"),
        donor_age=int(_required(donor, "Age")),
        expires_at=datetime.fromisoformat(_required(root, "ExpiresAt")),
        conditions=[c.text.strip() for c in root.iterfind("eo:Conditions/eo:Condition", NS) if c.text],
    )


def parse_many(payloads: list[bytes]) -> tuple[list[CrossBorderOffer], list[str]]:
    offers, errors = [], []
    for index, payload in enumerate(payloads):
        try:
            offers.append(parse_offer(payload))
        except (ValueError, DefusedET.ParseError) as exc:
            errors.append(f"message {index}: {exc}")
    return offers, errors
