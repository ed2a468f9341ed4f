"""Builds pain.001 credit-transfer files and reads pain.002 status reports.

Status reports are uploaded by partner banks, so they are parsed with
defusedxml; outgoing files are built locally with the stdlib ElementTree.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

from defusedxml import ElementTree as DefusedET

PAIN001_NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
PAIN002_NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"}


def build_pain001(msg_id: str, debtor_iban: str, transfers: list[dict]) -> bytes:
    ET.register_namespace("", PAIN001_NS)
    doc = ET.Element(f"{{{PAIN001_NS}}}Document")
    init = ET.SubElement(doc, f"{{{PAIN001_NS}}}CstmrCdtTrfInitn")
    hdr = ET.SubElement(init, f"{{{PAIN001_NS}}}GrpHdr")
    ET.SubElement(hdr, f"{{{PAIN001_NS}}}MsgId").text = msg_id
    ET.SubElement(hdr, f"{{{PAIN001_NS}}}NbOfTxs").text = str(len(transfers))
    pmt = ET.SubElement(init, f"{{{PAIN001_NS}}}PmtInf")
    ET.SubElement(ET.SubElement(ET.SubElement(pmt, f"{{{PAIN001_NS}}}DbtrAcct"), f"{{{PAIN001_NS}}}Id"),
                  f"{{{PAIN001_NS}}}IBAN").text = debtor_iban
    for t in transfers:
        tx = ET.SubElement(pmt, f"{{{PAIN001_NS}}}CdtTrfTxInf")
        ET.SubElement(ET.SubElement(tx, f"{{{PAIN001_NS}}}PmtId"), f"{{{PAIN001_NS}}}EndToEndId").text = t["e2e_id"]
        amt = ET.SubElement(ET.SubElement(tx, f"{{{PAIN001_NS}}}Amt"), f"{{{PAIN001_NS}}}InstdAmt", Ccy=t["currency"])
        amt.text = str(Decimal(t["amount"]).quantize(Decimal("0.01")))
    return ET.tostring(doc, encoding="utf-8", xml_declaration=True)


def parse_pain002(payload: bytes) -> list[dict]:
    root = DefusedET.fromstring(payload)
    results = []
    for tx in root.iterfind(".//p:TxInfAndSts", PAIN002_NS):
        results.append({
            "e2e_id": tx.findtext("p:OrgnlEndToEndId", namespaces=PAIN002_NS),
            "status": tx.findtext("p:TxSts", namespaces=PAIN002_NS),
            "reason": tx.findtext("p:StsRsnInf/p:Rsn/p:Cd", namespaces=PAIN002_NS),
        })
    return results
