"""Parses acknowledgements and error responses from the RTI gateway."""
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

NS = {"gt": "http://www.govtalk.gov.uk/CM/envelope"}


@dataclass
class GatewayError:
    number: str
    text: str
    location: str | None = None


@dataclass
class Acknowledgement:
    correlation_id: str
    qualifier: str
    errors: list[GatewayError] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return self.qualifier == "response" and not self.errors


def parse_ack(raw: bytes) -> Acknowledgement:
    root = SafeET.fromstring(raw)
    header = root.find("gt:Header/gt:MessageDetails", NS)
    if header is None:
        raise ValueError("response has no MessageDetails")
    ack = Acknowledgement(
        correlation_id=header.findtext("gt:CorrelationID", default="", namespaces=NS),
        qualifier=header.findtext("gt:Qualifier", default="", namespaces=NS),
    )
    for err in root.iterfind(".//gt:GovTalkErrors/gt:Error", NS):
        ack.errors.append(
            GatewayError(
                number=err.findtext("gt:Number", default="", namespaces=NS),
                text=err.findtext("gt:Text", default="", namespaces=NS),
                location=err.findtext("gt:Location", namespaces=NS),
            )
        )
    return ack
