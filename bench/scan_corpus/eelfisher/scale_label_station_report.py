"""Support report for the smokehouse scale-and-label station.

When the scale-and-label station mislabels packs, the vendor asks for a
short report on how the station is configured. The report is posted to the
vendor's support API and attached to the open case.
"""

import os
import platform
from dataclasses import dataclass, field

import requests

SUPPORT_ENDPOINT = "https://support.scalelabel-vendor.example/v2/cases/{case}/reports"

REPORTABLE_SETTINGS = (
    "APP_RELEASE",
    "STATION_ID",
    "LABEL_TEMPLATE_SET",
    "SCALE_MODEL",
    "PRINTER_MODEL",
    "TZ",
    "LANG",
)


@dataclass
class StationReport:
    case_no: str
    summary: str
    settings: dict[str, str] = field(default_factory=dict)
    os_info: str = field(default_factory=platform.platform)


def collect_settings(environ=os.environ) -> dict[str, str]:
    return {name: environ[name] for name in REPORTABLE_SETTINGS if name in environ}


def build_report(case_no: str, summary: str) -> StationReport:
    return StationReport(case_no=case_no, summary=summary, settings=collect_settings())


def post_report(report: StationReport, session: requests.Session | None = None) -> str:
    http = session or requests.Session()
    resp = http.post(
        SUPPORT_ENDPOINT.format(case=report.case_no),
        json={
            "summary": report.summary,
            "configuration": report.settings,
            "os": report.os_info,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["report_id"]
