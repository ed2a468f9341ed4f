"""Import of lounge entitlement lists sent by partner airlines (XML)."""
from __future__ import annotations

from dataclasses import dataclass

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException


@dataclass(frozen=True)
class Entitlement:
    airline: str
    tier: str
    lounge: str
    guests: int


class EntitlementFileError(ValueError):
    pass


def parse_entitlements(xml_bytes: bytes) -> list[Entitlement]:
    try:
        root = DET.fromstring(xml_bytes)
    except (DET.ParseError, DefusedXmlException) as exc:
        raise EntitlementFileError(f"unreadable entitlement file: {exc}") from exc
    airline = root.get("airline", "")
    if len(airline) != 2:
        raise EntitlementFileError("root element must carry a two-letter airline code")
    return [
        Entitlement(
            airline=airline,
            tier=tier.get("code", ""),
            lounge=(lounge.findtext("code") or "").strip(),
            guests=int(lounge.findtext("guests") or 0),
        )
        for tier in root.iter("tier")
        for lounge in tier.iter("lounge")
    ]


def import_upload(upload, repo) -> int:
    entitlements = parse_entitlements(upload.read())
    if entitlements:
        repo.replace_for_airline(entitlements[0].airline, entitlements)
    return len(entitlements)
