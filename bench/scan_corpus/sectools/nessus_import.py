"""Import .nessus (v2) exports uploaded by the scanning team."""
from dataclasses import dataclass

from lxml import etree

PARSER_OPTIONS = dict(
    load_dtd=True,
    resolve_entities=True,
    remove_blank_text=True,
)


@dataclass
class Item:
    host: str
    port: int
    plugin_id: int
    severity: int
    name: str
    cve: list


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_report(fileobj) -> list[Item]:
    tree = etree.parse(fileobj, _parser())
    items = []
    for host in tree.iterfind(".//ReportHost"):
        host_name = host.get("name")
        for ri in host.iterfind("ReportItem"):
            items.append(Item(
                host=host_name,
                port=int(ri.get("port", 0)),
                plugin_id=int(ri.get("pluginID")),
                severity=int(ri.get("severity", 0)),
                name=ri.get("pluginName", ""),
                cve=[c.text for c in ri.iterfind("cve")],
            ))
    return items


def summarize(items: list[Item]) -> dict:
    counts: dict[int, int] = {}
    for item in items:
        counts[item.severity] = counts.get(item.severity, 0) + 1
    return {"hosts": len({i.host for i in items}), "by_severity": counts}
