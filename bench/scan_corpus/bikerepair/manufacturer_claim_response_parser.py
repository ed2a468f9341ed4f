"""Parses claim acknowledgements returned by the frame manufacturer's SOAP warranty service."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

import requests
from defusedxml import ElementTree as DET

NS = {
    "soap": "http://schemas.xmlsoap.org/soap/envelope/",
    "w": "urn:frame-oem:warranty:v3",
}


@dataclass
class ClaimAck:
    claim_number: str
    dealer_reference: str
    accepted: bool
    rejection_reason: Optional[str]
    received: datetime


class AckParser:
    def __init__(self, namespaces: dict = NS) -> None:
        self.ns = namespaces

    def parse(self, body: bytes) -> ClaimAck:
        root = DET.fromstring(body)
        ack = root.find("soap:Body/w:SubmitClaimResponse/w:Acknowledgement", self.ns)
        if ack is None:
            raise ValueError("no acknowledgement in response")
        status = ack.findtext("w:Status", default="", namespaces=self.ns)
        return ClaimAck(
            claim_number=ack.findtext("w:ClaimNumber", default="", namespaces=self.ns),
            dealer_reference=ack.findtext("w:DealerReference", default="", namespaces=self.ns),
            accepted=status.upper() == "ACCEPTED",
            rejection_reason=ack.findtext("w:Reason", namespaces=self.ns),
            received=datetime.fromisoformat(
                ack.findtext("w:ReceivedAt", default="1970-01-01T00:00:00", namespaces=self.ns)
            ),
        )


class FrameWarrantyService:
    def __init__(self, endpoint: str, session: requests.Session | None = None) -> None:
        self.endpoint = endpoint
        self.session = session or requests.Session()
        self.parser = AckParser()

    def submit(self, envelope: bytes) -> ClaimAck:
        resp = self.session.post(
            self.endpoint,
            data=envelope,
            headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": "SubmitClaim"},
            timeout=30,
        )
        resp.raise_for_status()
        return self.parser.parse(resp.content)
