"""Read dataset metadata from sponsor-supplied Define-XML 2.1 files.

Used to check that an outgoing SDTM transfer matches the variables the
sponsor expects (names, types, lengths, key order).
"""
from dataclasses import dataclass, field
from typing import BinaryIO

import defusedxml.ElementTree as DET

NS = {
    "odm": "http://www.cdisc.org/ns/odm/v1.3",
    "def": "http://www.cdisc.org/ns/def/v2.1",
}
DEF_STRUCTURE = "{http://www.cdisc.org/ns/def/v2.1}Structure"


@dataclass
class Variable:
    name: str
    data_type: str
    length: int | None
    key_sequence: int | None


@dataclass
class Dataset:
    name: str
    structure: str
    variables: list[Variable] = field(default_factory=list)


def read_define(source: BinaryIO) -> dict[str, Dataset]:
    root = DET.parse(source).getroot()
    item_defs = {
        el.get("OID"): el for el in root.iterfind(".//odm:MetaDataVersion/odm:ItemDef", NS)
    }
    datasets: dict[str, Dataset] = {}
    for igd in root.iterfind(".//odm:MetaDataVersion/odm:ItemGroupDef", NS):
        ds = Dataset(name=igd.get("Name", ""), structure=igd.get(DEF_STRUCTURE, ""))
        for ref in igd.iterfind("odm:ItemRef", NS):
            item = item_defs.get(ref.get("ItemOID"))
            if item is None:
                continue
            length = item.get("Length")
            key_seq = ref.get("KeySequence")
            ds.variables.append(
                Variable(
                    name=item.get("Name", ""),
                    data_type=item.get("DataType", ""),
                    length=int(length) if length else None,
                    key_sequence=int(key_seq) if key_seq else None,
                )
            )
        datasets[ds.name] = ds
    return datasets
