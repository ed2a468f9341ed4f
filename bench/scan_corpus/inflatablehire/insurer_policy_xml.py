"""Parses the insurer's XML policy schedule to find which inflatables are covered."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from lxml import etree

NS = {"p": "urn:insurer:schedule:1.4"}


@dataclass
class ScheduledItem:
    serial: str
    description: str
    sum_insured: Decimal


@dataclass
class PolicySchedule:
    policy_number: str
    start: date
    end: date
    public_liability: Decimal
    items: list[ScheduledItem]


class ScheduleParser:
    _parser_options = {
        "remove_blank_text": True,
        "resolve_entities": False,
        "load_dtd": False,
        "no_network": True,
        "huge_tree": False,
    }

    @property
    def parser(self) -> etree.XMLParser:
        return etree.XMLParser(**self._parser_options)

    def parse_bytes(self, payload: bytes) -> PolicySchedule:
        root = etree.fromstring(payload, parser=self.parser)
        items = [
            ScheduledItem(
                serial=node.get("serial"),
                description=node.findtext("p:Description", namespaces=NS) or "",
                sum_insured=Decimal(node.findtext("p:SumInsured", namespaces=NS) or "0"),
            )
            for node in root.iterfind("p:Equipment/p:Item", namespaces=NS)
        ]
        return PolicySchedule(
            policy_number=root.get("number"),
            start=date.fromisoformat(root.findtext("p:Start", namespaces=NS)),
            end=date.fromisoformat(root.findtext("p:End", namespaces=NS)),
            public_liability=Decimal(root.findtext("p:PublicLiability", namespaces=NS)),
            items=items,
        )

    def parse_file(self, path: Path) -> PolicySchedule:
        return self.parse_bytes(path.read_bytes())


def uncovered_units(schedule: PolicySchedule, fleet_serials: set[str]) -> set[str]:
    return fleet_serials - {item.serial for item in schedule.items}
