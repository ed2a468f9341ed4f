"""Parse VOEvent packets received from external brokers."""
from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as ET

VOE_NS = "{http://www.ivoa.net/xml/VOEvent/v2.0}"


@dataclass
class VOEvent:
    ivorn: str
    role: str
    isotime: datetime
    ra: float
    dec: float
    err_deg: float
    params: dict[str, str]


def _find(root, path: str) -> str:
    el = root.find(path)
    if el is None or el.text is None:
        raise ValueError(f"missing element {path}")
    return el.text.strip()


def parse(packet: bytes) -> VOEvent:
    root = ET.fromstring(packet, forbid_dtd=True)
    if root.tag not in ("VOEvent", f"{VOE_NS}VOEvent"):
        raise ValueError(f"not a VOEvent: {root.tag}")

    pos = ".//WhereWhen/ObsDataLocation/ObservationLocation/AstroCoords/Position2D"
    params = {p.get("name"): p.get("value", "") for p in root.iter("Param") if p.get("name")}
    return VOEvent(
        ivorn=root.get("ivorn", ""),
        role=root.get("role", "observation"),
        isotime=datetime.fromisoformat(_find(root, ".//WhereWhen//ISOTime")),
        ra=float(_find(root, f"{pos}/Value2/C1")),
        dec=float(_find(root, f"{pos}/Value2/C2")),
        err_deg=float(_find(root, f"{pos}/Error2Radius")),
        params=params,
    )
