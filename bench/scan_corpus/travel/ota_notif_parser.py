"""Parser for OTA_HotelRateAmountNotifRQ messages from channel managers."""
from datetime import date
from decimal import Decimal

from lxml import etree

OTA_NS = {"ota": "http://www.opentravel.org/OTA/2003/05"}

_parser = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    remove_blank_text=True,
)


def parse_rate_notif(body: bytes) -> list[dict]:
    root = etree.fromstring(body, parser=_parser)
    messages = root.find("ota:RateAmountMessages", OTA_NS)
    hotel_code = messages.get("HotelCode")
    rates = []
    for msg in messages.iterfind("ota:RateAmountMessage", OTA_NS):
        ctl = msg.find("ota:StatusApplicationControl", OTA_NS)
        for amount in msg.iterfind(".//ota:BaseByGuestAmt", OTA_NS):
            rates.append({
                "hotel_code": hotel_code,
                "room_type": ctl.get("InvTypeCode"),
                "rate_plan": ctl.get("RatePlanCode"),
                "start": date.fromisoformat(ctl.get("Start")),
                "end": date.fromisoformat(ctl.get("End")),
                "guests": int(amount.get("NumberOfGuests", "2")),
                "amount": Decimal(amount.get("AmountAfterTax")),
                "currency": amount.get("CurrencyCode"),
            })
    return rates
