"""Parse OTA availability notifications pushed by channel managers.

Handles OTA_HotelAvailNotifRQ bodies posted to /ota/avail by connected
channel managers and turns them into allotment updates.
"""
from datetime import date

from lxml import etree

OTA_NS = {"ota": "http://www.opentravel.org/OTA/2003/05"}

_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "load_dtd": True,
    "huge_tree": False,
}
_parser = etree.XMLParser(**_PARSER_OPTIONS)


def parse_avail_notif(body: bytes) -> list[dict]:
    root = etree.fromstring(body, parser=_parser)
    hotel_code = root.find("ota:AvailStatusMessages", OTA_NS).get("HotelCode")
    updates = []
    for msg in root.iterfind(".//ota:AvailStatusMessage", OTA_NS):
        ctl = msg.find("ota:StatusApplicationControl", OTA_NS)
        updates.append({
            "hotel_code": hotel_code,
            "room_type": ctl.get("InvTypeCode"),
            "rate_plan": ctl.get("RatePlanCode"),
            "start": date.fromisoformat(ctl.get("Start")),
            "end": date.fromisoformat(ctl.get("End")),
            "booking_limit": int(msg.get("BookingLimit", "0")),
        })
    return updates


def echo_token(body: bytes) -> str | None:
    root = etree.fromstring(body, parser=_parser)
    return root.get("EchoToken")
