"""Read meter technical detail flows (D0150/D0149) received as XML."""
from dataclasses import dataclass, field
from xml.sax.handler import ContentHandler

import defusedxml.sax


@dataclass
class MeterDetail:
    mpan: str = ""
    serial: str = ""
    meter_type: str = ""
    install_date: str = ""
    registers: list[str] = field(default_factory=list)


class TechnicalDetailHandler(ContentHandler):
    FIELDS = {"serial", "meter_type", "install_date"}

    def __init__(self) -> None:
        super().__init__()
        self.meters: list[MeterDetail] = []
        self._meter: MeterDetail | None = None
        self._buf: list[str] = []

    def startElement(self, name, attrs):
        self._buf = []
        if name == "Meter":
            self._meter = MeterDetail(mpan=attrs.get("mpan", ""))

    def characters(self, content):
        self._buf.append(content)

    def endElement(self, name):
        text = "".join(self._buf).strip()
        if self._meter is None:
            return
        if name in self.FIELDS:
            setattr(self._meter, name, text)
        elif name == "Register":
            self._meter.registers.append(text)
        elif name == "Meter":
            self.meters.append(self._meter)
            self._meter = None


def read_flow(stream) -> list[MeterDetail]:
    handler = TechnicalDetailHandler()
    parser = defusedxml.sax.make_parser()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.meters
