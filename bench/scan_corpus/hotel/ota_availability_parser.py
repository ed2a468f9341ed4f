"""Parse ``OTA_HotelAvailNotifRQ`` pushes (availability and restrictions).

The channel manager posts these whenever inventory changes on a connected
OTA extranet; we convert them into restriction updates for the PMS.
"""
from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree as DET

NS = {"ota": "http://www.opentravel.org/OTA/2003/05"}


@dataclass
class Restriction:
    room_type: str
    rate_plan: str
    start: date
    end: date
    closed: bool
    min_los: int | None
    booking_limit: int | None


def parse_avail_notif(payload: bytes) -> tuple[str, list[Restriction]]:
    root = DET.fromstring(payload)
    hotel_code = root.find("ota:AvailStatusMessages", NS).get("HotelCode")
    out = []
    for msg in root.iterfind(".//ota:AvailStatusMessage", NS):
        ctl = msg.find("ota:StatusApplicationControl", NS)
        restr = msg.find("ota:RestrictionStatus", NS)
        los = msg.find(".//ota:LengthOfStay[@MinMaxMessageType='SetMinLOS']", NS)
        limit = msg.get("BookingLimit")
        out.append(
            Restriction(
                room_type=ctl.get("InvTypeCode", ""),
                rate_plan=ctl.get("RatePlanCode", ""),
                start=date.fromisoformat(ctl.get("Start")),
                end=date.fromisoformat(ctl.get("End")),
                closed=restr is not None and restr.get("Status") == "Close",
                min_los=int(los.get("Time")) if los is not None else None,
                booking_limit=int(limit) if limit is not None else None,
            )
        )
    return hotel_code, out
