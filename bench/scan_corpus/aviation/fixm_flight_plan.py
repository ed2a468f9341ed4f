"""Extract the core fields from FIXM flight plan messages received from the ANSP."""
from dataclasses import dataclass

from defusedxml import ElementTree as ET

NS = {
    "fx": "http://www.fixm.aero/flight/4.2",
    "fb": "http://www.fixm.aero/base/4.2",
}


@dataclass
class FiledFlightPlan:
    gufi: str
    callsign: str
    departure: str
    destination: str
    eobt: str
    route: str


def _text(el, path: str) -> str:
    found = el.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def parse_fixm(xml_bytes: bytes) -> FiledFlightPlan:
    root = ET.fromstring(xml_bytes, forbid_dtd=True)
    flight = root if root.tag.endswith("Flight") else root.find(".//fx:flight", NS)
    if flight is None:
        raise ValueError("no flight element in FIXM message")
    return FiledFlightPlan(
        gufi=_text(flight, "fx:gufi"),
        callsign=_text(flight, "fx:flightIdentification/fx:aircraftIdentification"),
        departure=_text(flight, "fx:departure/fx:aerodrome/fb:locationIndicator"),
        destination=_text(flight, "fx:arrival/fx:destinationAerodrome/fb:locationIndicator"),
        eobt=_text(flight, "fx:departure/fx:takeoffTime/fx:estimated/fx:time"),
        route=_text(flight, "fx:routeTrajectoryGroup/fx:filed/fx:routeInformation/fx:routeText"),
    )
