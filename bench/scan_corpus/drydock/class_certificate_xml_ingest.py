"""Ingests class certificate XML documents uploaded through the owner portal."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree
from starlette.requests import Request
from starlette.responses import JSONResponse

CERT_NS = {"c": "urn:class-society:certificates:v2"}

PARSER_OPTIONS: dict[str, Any] = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
}


@dataclass
class ClassCertificate:
    imo: str
    cert_type: str
    number: str
    issued: date
    expires: date


class CertificateParser:
    def __init__(self, **overrides: Any) -> None:
        self._options = {**PARSER_OPTIONS, **overrides}

    def _parser(self) -> etree.XMLParser:
        return etree.XMLParser(**self._options)

    def parse(self, payload: bytes) -> list[ClassCertificate]:
        root = etree.fromstring(payload, parser=self._parser())
        certs = []
        for node in root.iterfind("c:certificate", CERT_NS):
            certs.append(ClassCertificate(
                imo=node.findtext("c:imo", namespaces=CERT_NS),
                cert_type=node.findtext("c:type", namespaces=CERT_NS),
                number=node.findtext("c:number", namespaces=CERT_NS),
                issued=date.fromisoformat(node.findtext("c:issued", namespaces=CERT_NS)),
                expires=date.fromisoformat(node.findtext("c:expires", namespaces=CERT_NS)),
            ))
        return certs


parser = CertificateParser()


async def upload_certificates(request: Request) -> JSONResponse:
    body = await request.body()
    certs = parser.parse(body)
    registry = request.app.state.cert_registry
    for cert in certs:
        registry.upsert(cert)
    return JSONResponse({"imported": len(certs), "numbers": [c.number for c in certs]})
