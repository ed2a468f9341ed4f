"""Parse .nessus (v2) exports uploaded through the scan import page."""
from collections import Counter
from dataclasses import dataclass

from defusedxml import ElementTree as DET


@dataclass
class ReportItem:
    host: str
    port: int
    plugin_id: int
    severity: int
    name: str
    cves: list


def parse_report(fileobj) -> list[ReportItem]:
    root = DET.parse(fileobj).getroot()
    items = []
    for host in root.iter("ReportHost"):
        host_name = host.get("name", "")
        for ri in host.findall("ReportItem"):
            items.append(ReportItem(
                host=host_name,
                port=int(ri.get("port", "0")),
                plugin_id=int(ri.get("pluginID", "0")),
                severity=int(ri.get("severity", "0")),
                name=ri.get("pluginName", ""),
                cves=[c.text for c in ri.findall("cve") if c.text],
            ))
    return items


def severity_histogram(items: list[ReportItem]) -> dict[int, int]:
    return dict(Counter(i.severity for i in items))
