"""Parses pre-authorisation responses returned by insurers as XML.

The clearing house forwards each insurer's response body unchanged.
"""
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

NS = {"pa": "urn:dental:preauth:response:v3"}

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class ApprovedLine:
    procedure_code: str
    tooth: str | None
    approved_amount: Decimal


@dataclass
class PreauthResponse:
    request_id: str
    status: str
    lines: list[ApprovedLine] = field(default_factory=list)
    message: str = ""


class PreauthResponseParser:
    def __init__(self):
        self._parser = etree.XMLParser(**PARSER_OPTIONS)

    def parse(self, payload: bytes) -> PreauthResponse:
        root = etree.fromstring(payload, parser=self._parser)
        resp = PreauthResponse(
            request_id=root.findtext("pa:RequestId", namespaces=NS),
            status=root.findtext("pa:Status", namespaces=NS),
            message=root.findtext("pa:Message", default="", namespaces=NS),
        )
        for el in root.iterfind("pa:Lines/pa:Line", namespaces=NS):
            resp.lines.append(
                ApprovedLine(
                    procedure_code=el.findtext("pa:Code", namespaces=NS),
                    tooth=el.findtext("pa:Tooth", namespaces=NS),
                    approved_amount=Decimal(el.findtext("pa:Approved", default="0", namespaces=NS)),
                )
            )
        return resp
