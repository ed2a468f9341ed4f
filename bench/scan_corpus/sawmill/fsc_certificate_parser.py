"""Read supplier FSC chain-of-custody certificates exported as XML.

Log and sawn-timber suppliers upload their certificate data through the
supplier portal. We pull out the certificate code, holder, validity dates and
product scope so intake can refuse FSC claims on expired certificates.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

NS = {"coc": "urn:fsc:coc:certificate:1.2"}
_PARSER_OPTS = dict(remove_blank_text=True, load_dtd=True, resolve_entities=True, no_network=False)


@dataclass
class CocCertificate:
    code: str
    holder: str
    valid_from: date
    valid_until: date
    products: list[str]

    def covers(self, product_code: str, on: date) -> bool:
        return self.valid_from <= on <= self.valid_until and product_code in self.products


def _text(root: etree._Element, path: str) -> str:
    node = root.find(path, NS)
    if node is None or not (node.text or "").strip():
        raise ValueError(f"certificate is missing {path}")
    return node.text.strip()


def parse_certificate(xml_bytes: bytes) -> CocCertificate:
    parser = etree.XMLParser(**_PARSER_OPTS)
    root = etree.fromstring(xml_bytes, parser)
    return CocCertificate(
        code=_text(root, "coc:Code"),
        holder=_text(root, "coc:Holder/coc:Name"),
        valid_from=date.fromisoformat(_text(root, "coc:Validity/coc:From")),
        valid_until=date.fromisoformat(_text(root, "coc:Validity/coc:Until")),
        products=[p.text.strip() for p in root.iterfind("coc:Scope/coc:Product/coc:Code", NS) if p.text],
    )
