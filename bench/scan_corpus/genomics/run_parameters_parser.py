"""Extract chemistry and reagent lot details from uploaded RunParameters.xml files."""
from __future__ import annotations

from dataclasses import dataclass

from defusedxml import ElementTree as ET
from defusedxml.common import DefusedXmlException


@dataclass
class Consumable:
    kind: str
    serial: str
    lot: str
    expiration: str


@dataclass
class RunParameters:
    application: str
    application_version: str
    chemistry: str
    run_id: str
    consumables: list[Consumable]


class RunParametersError(ValueError):
    pass


def parse_run_parameters(data: bytes) -> RunParameters:
    try:
        root = ET.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ET.ParseError) as exc:
        raise RunParametersError(f"unreadable RunParameters.xml: {exc}") from exc

    consumables = [
        Consumable(
            kind=c.findtext("Type", default=""),
            serial=c.findtext("SerialNumber", default=""),
            lot=c.findtext("LotNumber", default=""),
            expiration=c.findtext("ExpirationDate", default=""),
        )
        for c in root.iterfind(".//ConsumableInfo/ConsumableInfo")
    ]
    return RunParameters(
        application=root.findtext("Application", default=""),
        application_version=root.findtext("ApplicationVersion", default=""),
        chemistry=root.findtext("Chemistry", default=root.findtext("ChemistryVersion", default="")),
        run_id=root.findtext("RunId", default=""),
        consumables=consumables,
    )
