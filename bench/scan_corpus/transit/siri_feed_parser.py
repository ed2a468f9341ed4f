"""Parser for SIRI-VM vehicle monitoring deliveries from partner operators.

Partner bus companies running tendered routes push SIRI-VM XML to our
endpoint. We read the vehicle positions and forward them to the AVL topic
so that tendered routes appear on the live map with our own fleet.
"""
from datetime import datetime

from lxml import etree

NS = {"siri": "http://www.siri.org.uk/siri"}

PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


def _find(node, path):
    el = node.find(path, NS)
    return el.text.strip() if el is not None and el.text else None


def parse_vehicle_activity(body: bytes) -> list[dict]:
    root = etree.fromstring(body, parser=PARSER)
    out = []
    for act in root.iterfind(".//siri:VehicleActivity", NS):
        journey = act.find("siri:MonitoredVehicleJourney", NS)
        if journey is None:
            continue
        lat = _find(journey, "siri:VehicleLocation/siri:Latitude")
        lon = _find(journey, "siri:VehicleLocation/siri:Longitude")
        if lat is None or lon is None:
            continue
        out.append({
            "recorded_at": datetime.fromisoformat(_find(act, "siri:RecordedAtTime")),
            "operator": _find(journey, "siri:OperatorRef"),
            "line": _find(journey, "siri:LineRef"),
            "vehicle": _find(journey, "siri:VehicleRef"),
            "lat": float(lat),
            "lon": float(lon),
        })
    return out
