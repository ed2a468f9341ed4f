"""Imports carriage restoration orders sent by partner dealers as XML.

Dealers export orders from their own systems in the trade association's
XML schema and drop them into a watched upload folder.
"""
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

log = logging.getLogger("wainwright.dealer_orders")

INBOX = Path("/srv/wainwright/dealer-inbox")
DONE = INBOX / "processed"
FAILED = INBOX / "failed"


@dataclass
class DealerOrder:
    dealer_code: str
    order_no: str
    vehicle_type: str
    work_items: list[str]
    notes: str


def parse_order(xml_bytes: bytes) -> DealerOrder:
    root = DET.fromstring(xml_bytes)
    vehicle = root.find("vehicle")
    if vehicle is None:
        raise ValueError("order has no vehicle element")
    return DealerOrder(
        dealer_code=root.get("dealer", ""),
        order_no=root.findtext("orderNo", default="").strip(),
        vehicle_type=vehicle.get("type", "unknown"),
        work_items=[w.text.strip() for w in root.iterfind("work/item") if w.text],
        notes=root.findtext("notes", default=""),
    )


def process_inbox(handler) -> int:
    DONE.mkdir(parents=True, exist_ok=True)
    FAILED.mkdir(parents=True, exist_ok=True)
    handled = 0
    for path in sorted(INBOX.glob("*.xml")):
        try:
            order = parse_order(path.read_bytes())
        except (DET.ParseError, DefusedXmlException, ValueError) as err:
            log.warning("rejected dealer order %s: %s", path.name, err)
            shutil.move(str(path), FAILED / path.name)
            continue
        handler(order)
        shutil.move(str(path), DONE / path.name)
        log.info("imported order %s from dealer %s", order.order_no, order.dealer_code)
        handled += 1
    return handled


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(process_inbox(lambda order: print(order)))
