"""Parse IEC 61850 SCL (substation configuration) files uploaded by the
grid-connection contractor, and extract the logical nodes we map to SCADA tags.
"""

from dataclasses import dataclass

from lxml import etree

SCL_NS = {"scl": "http://www.iec.ch/61850/2003/SCL"}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_comments=True)


@dataclass(frozen=True)
class LogicalNode:
    ied: str
    ld_inst: str
    ln_class: str
    ln_inst: str
    prefix: str = ""

    @property
    def tag(self) -> str:
        return f"{self.ied}/{self.ld_inst}/{self.prefix}{self.ln_class}{self.ln_inst}"


def parse_scl(data: bytes) -> etree._Element:
    return etree.fromstring(data, parser=_parser)


def logical_nodes(root: etree._Element) -> list[LogicalNode]:
    nodes = []
    for ied in root.iterfind(".//scl:IED", SCL_NS):
        ied_name = ied.get("name", "")
        for ld in ied.iterfind(".//scl:LDevice", SCL_NS):
            for ln in ld.iterfind("scl:LN", SCL_NS):
                nodes.append(LogicalNode(
                    ied=ied_name,
                    ld_inst=ld.get("inst", ""),
                    ln_class=ln.get("lnClass", ""),
                    ln_inst=ln.get("inst", ""),
                    prefix=ln.get("prefix", ""),
                ))
    return nodes


def import_scl_upload(file_storage) -> list[str]:
    root = parse_scl(file_storage.read())
    return [n.tag for n in logical_nodes(root) if n.ln_class in {"MMXU", "XCBR", "CSWI", "ZINV"}]
