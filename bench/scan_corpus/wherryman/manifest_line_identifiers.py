"""Identifiers for cargo manifest lines.

Every consignment loaded onto a wherry gets a line id so that the
loading tally, the harbour authority manifest and the invoice can be
reconciled. Ids are time-ordered so lines sort in loading order and are
printed on the tally sheet handed to the lighterman.
"""
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import List


@dataclass
class ManifestLine:
    consignor: str
    description: str
    weight_kg: Decimal
    packages: int
    line_id: str = field(default_factory=lambda: str(uuid.uuid1()))


@dataclass
class Manifest:
    voyage_id: str
    lines: List[ManifestLine] = field(default_factory=list)

    def add(self, consignor: str, description: str, weight_kg, packages) -> ManifestLine:
        line = ManifestLine(consignor, description, Decimal(str(weight_kg)), int(packages))
        self.lines.append(line)
        return line

    def total_weight(self) -> Decimal:
        return sum((line.weight_kg for line in self.lines), Decimal("0"))

    def in_loading_order(self) -> List[ManifestLine]:
        return sorted(self.lines, key=lambda line: uuid.UUID(line.line_id).time)

    def to_harbour_payload(self) -> dict:
        return {
            "voyage": self.voyage_id,
            "total_weight_kg": str(self.total_weight()),
            "lines": [
                {
                    "ref": line.line_id,
                    "consignor": line.consignor,
                    "description": line.description,
                    "weight_kg": str(line.weight_kg),
                    "packages": line.packages,
                }
                for line in self.in_loading_order()
            ],
        }
