"""Parse HMRC Charities Online poll responses for submitted Gift Aid claims."""

from dataclasses import dataclass

from lxml import etree

GOVTALK_NS = {"gt": "http://www.govtalk.gov.uk/CM/envelope"}

_parser = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass
class ClaimStatus:
    correlation_id: str
    qualifier: str
    errors: list[str]
    poll_interval: int | None

    @property
    def accepted(self) -> bool:
        return self.qualifier == "response" and not self.errors


def parse_poll_response(body: bytes) -> ClaimStatus:
    root = etree.fromstring(body, parser=_parser)
    header = root.find("gt:Header/gt:MessageDetails", GOVTALK_NS)
    correlation_id = header.findtext("gt:CorrelationID", default="", namespaces=GOVTALK_NS)
    qualifier = header.findtext("gt:Qualifier", default="", namespaces=GOVTALK_NS)
    endpoint = header.find("gt:ResponseEndPoint", GOVTALK_NS)
    poll_interval = int(endpoint.get("PollInterval")) if endpoint is not None and endpoint.get("PollInterval") else None
    errors = [
        f"{e.findtext('gt:Number', namespaces=GOVTALK_NS)}: {e.findtext('gt:Text', namespaces=GOVTALK_NS)}"
        for e in root.iterfind(".//gt:GovTalkErrors/gt:Error", GOVTALK_NS)
    ]
    return ClaimStatus(correlation_id, qualifier, errors, poll_interval)
