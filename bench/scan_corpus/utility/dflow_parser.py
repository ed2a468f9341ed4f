"""Streaming parser for industry data flows delivered as XML over the DTN gateway."""
import xml.sax
from dataclasses import dataclass, field
from xml.sax.handler import feature_external_ges, feature_namespaces


@dataclass
class MeterReading:
    mpan: str = ""
    meter_serial: str = ""
    register_id: str = ""
    read_date: str = ""
    value: str = ""


@dataclass
class FlowResult:
    flow_id: str = ""
    readings: list[MeterReading] = field(default_factory=list)


class ReadingFlowHandler(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.result = FlowResult()
        self._current: MeterReading | None = None
        self._text: list[str] = []

    def startElement(self, name, attrs):
        self._text = []
        if name == "Flow":
            self.result.flow_id = attrs.get("id", "")
        elif name == "Reading":
            self._current = MeterReading(mpan=attrs.get("mpan", ""))

    def characters(self, content):
        self._text.append(content)

    def endElement(self, name):
        value = "".join(self._text).strip()
        if self._current is not None and name in {"meter_serial", "register_id", "read_date", "value"}:
            setattr(self._current, name, value)
        elif name == "Reading" and self._current is not None:
            self.result.readings.append(self._current)
            self._current = None


def parse_flow(stream) -> FlowResult:
    handler = ReadingFlowHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, False)
    # participant flows pull shared code lists in through the DOCTYPE
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.result
