"""Parses customs authority responses (acceptance, amendment, do-not-load) for filed declarations."""
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {"cus": "urn:customs:ens:response:v3"}

PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "remove_blank_text": True,
    "huge_tree": False,
}


@dataclass
class CustomsResponse:
    mrn: str
    lrn: str
    status: str
    issued_at: datetime
    remarks: list[str]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_response(payload: bytes) -> CustomsResponse:
    root = etree.fromstring(payload, parser=_parser())
    return CustomsResponse(
        mrn=root.findtext("cus:MRN", namespaces=NS) or "",
        lrn=root.findtext("cus:LRN", namespaces=NS) or "",
        status=root.findtext("cus:Status", namespaces=NS) or "UNKNOWN",
        issued_at=datetime.fromisoformat(root.findtext("cus:IssuedAt", namespaces=NS)),
        remarks=[r.text or "" for r in root.iterfind("cus:Remarks/cus:Remark", namespaces=NS)],
    )


def is_do_not_load(resp: CustomsResponse) -> bool:
    return resp.status in {"DNL", "DO_NOT_LOAD"}
