"""Ingest of fleet rosters supplied by operators as railML rolling stock files.

Operators upload their vehicle list (formations, wheelset counts, wheel
diameters when new) so inspections can be planned per vehicle.
"""
from dataclasses import dataclass

from lxml import etree

from wheeltapper.fleet import FleetRepository

NS = {"rs": "https://www.railml.org/schemas/3.2"}
PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "remove_blank_text": True,
    "huge_tree": False,
}


@dataclass
class VehicleRecord:
    vehicle_number: str
    vehicle_type: str
    axles: int
    new_wheel_diameter_mm: float


class RailmlFleetImporter:
    def __init__(self, repository: FleetRepository, options: dict = PARSER_OPTIONS):
        self._repository = repository
        self._parser = etree.XMLParser(**options)

    def parse(self, data: bytes) -> list[VehicleRecord]:
        root = etree.fromstring(data, parser=self._parser)
        vehicles = []
        for node in root.iterfind(".//rs:vehicle", NS):
            vehicles.append(
                VehicleRecord(
                    vehicle_number=node.get("id"),
                    vehicle_type=node.findtext("rs:name", default="", namespaces=NS),
                    axles=int(node.get("numberOfAxles", "4")),
                    new_wheel_diameter_mm=float(
                        node.findtext(".//rs:wheelDiameter", default="0", namespaces=NS)
                    ),
                )
            )
        return vehicles

    def ingest(self, operator_code: str, data: bytes) -> int:
        vehicles = self.parse(data)
        for vehicle in vehicles:
            self._repository.upsert(operator_code, vehicle)
        return len(vehicles)
