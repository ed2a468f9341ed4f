"""Import of SIRI-ET estimated timetable files from neighbouring operators.

Cross-boundary operators upload SIRI-ET XML snapshots through the partner
portal; we extract the expected departure times for shared stops and feed
them into the journey planner's real-time layer.
"""
from datetime import datetime

from lxml import etree

SIRI_NS = {"s": "http://www.siri.org.uk/siri"}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(node, path: str) -> str | None:
    found = node.find(path, SIRI_NS)
    return found.text.strip() if found is not None and found.text else None


def parse_estimated_calls(xml_bytes: bytes) -> list[dict]:
    root = etree.fromstring(xml_bytes, parser=_parser)
    calls = []
    for journey in root.iterfind(".//s:EstimatedVehicleJourney", SIRI_NS):
        line_ref = _text(journey, "s:LineRef")
        journey_ref = _text(journey, "s:DatedVehicleJourneyRef")
        for call in journey.iterfind(".//s:EstimatedCall", SIRI_NS):
            expected = _text(call, "s:ExpectedDepartureTime") or _text(call, "s:ExpectedArrivalTime")
            if not expected:
                continue
            calls.append({
                "line": line_ref,
                "journey": journey_ref,
                "stop": _text(call, "s:StopPointRef"),
                "expected": datetime.fromisoformat(expected),
            })
    return calls


def handle_partner_upload(operator_code: str, upload) -> int:
    calls = parse_estimated_calls(upload.read())
    for c in calls:
        c["operator"] = operator_code
    from .realtime import merge_partner_calls
    return merge_partner_calls(calls)
