"""Import of despatch advice XML from suppliers, plus the receipt acknowledgement we send back."""
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from defusedxml import ElementTree as DET

NS = "urn:fleetops:desadv:1"


def parse_despatch_advice(xml_bytes: bytes) -> dict:
    root = DET.fromstring(xml_bytes)
    header = root.find(f"{{{NS}}}Header")
    lines = [
        {
            "sscc": line.findtext(f"{{{NS}}}SSCC"),
            "sku": line.findtext(f"{{{NS}}}SKU"),
            "quantity": int(line.findtext(f"{{{NS}}}Qty", "0")),
        }
        for line in root.iter(f"{{{NS}}}Line")
    ]
    return {
        "number": header.findtext(f"{{{NS}}}Number"),
        "supplier_id": header.findtext(f"{{{NS}}}SupplierId"),
        "lines": lines,
    }


def build_receipt_ack(advice: dict, received: dict[str, int]) -> bytes:
    """Serialise the RECADV-style acknowledgement returned to the supplier."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}ReceiptAdvice")
    ET.SubElement(root, f"{{{NS}}}AdviceNumber").text = advice["number"]
    ET.SubElement(root, f"{{{NS}}}ReceivedAt").text = datetime.now(timezone.utc).isoformat()
    for line in advice["lines"]:
        el = ET.SubElement(root, f"{{{NS}}}Line")
        ET.SubElement(el, f"{{{NS}}}SSCC").text = line["sscc"]
        ET.SubElement(el, f"{{{NS}}}Expected").text = str(line["quantity"])
        ET.SubElement(el, f"{{{NS}}}Received").text = str(received.get(line["sscc"], 0))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
