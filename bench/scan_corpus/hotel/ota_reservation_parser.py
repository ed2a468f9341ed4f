"""Parse OpenTravel ``OTA_HotelResNotifRQ`` messages from the channel manager."""
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from lxml import etree

NS = {"ota": "http://www.opentravel.org/OTA/2003/05"}

_PARSER = etree.XMLParser(remove_blank_text=True, load_dtd=True, resolve_entities=True, no_network=False)


@dataclass
class RoomStay:
    room_type: str
    rate_plan: str
    arrival: date
    departure: date
    adults: int
    total: Decimal


@dataclass
class Reservation:
    channel_ref: str
    status: str
    guest_name: str
    email: str | None
    stays: list[RoomStay] = field(default_factory=list)


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_notification(payload: bytes) -> list[Reservation]:
    root = etree.fromstring(payload, parser=_PARSER)
    result = []
    for hr in root.iterfind(".//ota:HotelReservation", NS):
        ref = hr.find(".//ota:UniqueID", NS)
        given = _text(hr, ".//ota:Customer/ota:PersonName/ota:GivenName") or ""
        surname = _text(hr, ".//ota:Customer/ota:PersonName/ota:Surname") or ""
        res = Reservation(
            channel_ref=ref.get("ID") if ref is not None else "",
            status=hr.get("ResStatus", "Book"),
            guest_name=f"{given} {surname}".strip(),
            email=_text(hr, ".//ota:Customer/ota:Email"),
        )
        for rs in hr.iterfind(".//ota:RoomStay", NS):
            span = rs.find("ota:TimeSpan", NS)
            rate = rs.find(".//ota:RoomRate", NS)
            total = rs.find("ota:Total", NS)
            guests = rs.find(".//ota:GuestCount", NS)
            res.stays.append(
                RoomStay(
                    room_type=rate.get("RoomTypeCode") if rate is not None else "",
                    rate_plan=rate.get("RatePlanCode") if rate is not None else "",
                    arrival=date.fromisoformat(span.get("Start")),
                    departure=date.fromisoformat(span.get("End")),
                    adults=int(guests.get("Count", "1")) if guests is not None else 1,
                    total=Decimal(total.get("AmountAfterTax", "0")) if total is not None else Decimal(0),
                )
            )
        result.append(res)
    return result
