"""Reads organ specifications exchanged as XML with consultants and other builders.

The format follows the workshop's own schema: an <organ> root with
<division> elements, each holding <stop> entries and a <windPressure>.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree


@dataclass
class SpecStop:
    name: str
    pitch: str
    material: str


@dataclass
class SpecDivision:
    name: str
    wind_pressure_mm: int
    stops: list[SpecStop] = field(default_factory=list)


@dataclass
class OrganSpecification:
    builder: str
    church: str
    year: int
    divisions: list[SpecDivision]


class SpecificationReader:
    def __init__(self) -> None:
        self._parser = self._build_parser()

    @staticmethod
    def _build_parser() -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False, remove_comments=True)

    def parse_bytes(self, data: bytes) -> OrganSpecification:
        root = etree.fromstring(data, parser=self._parser)
        if root.tag != "organ":
            raise ValueError(f"unexpected root element <{root.tag}>")
        divisions = []
        for div in root.iterfind("division"):
            stops = [
                SpecStop(
                    name=s.findtext("name", "").strip(),
                    pitch=s.get("pitch", "8'"),
                    material=s.findtext("material", "").strip(),
                )
                for s in div.iterfind("stop")
            ]
            divisions.append(
                SpecDivision(
                    name=div.get("name", "?"),
                    wind_pressure_mm=int(div.findtext("windPressure", "0")),
                    stops=stops,
                )
            )
        return OrganSpecification(
            builder=root.findtext("builder", "").strip(),
            church=root.findtext("church", "").strip(),
            year=int(root.findtext("year", "0")),
            divisions=divisions,
        )

    def parse_file(self, path: Path) -> OrganSpecification:
        return self.parse_bytes(path.read_bytes())


def summary(spec: OrganSpecification) -> str:
    lines = [f"{spec.church} ({spec.builder}, {spec.year})"]
    for d in spec.divisions:
        lines.append(f"  {d.name}: {len(d.stops)} stops at {d.wind_pressure_mm} mm")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(summary(SpecificationReader().parse_file(Path(sys.argv[1]))))
