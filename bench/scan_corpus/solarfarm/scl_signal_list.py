"""Build the SCADA signal list from an uploaded IEC 61850 SCL file."""

import csv
import io

from defusedxml import ElementTree as DET

NS = "{http://www.iec.ch/61850/2003/SCL}"
MAPPED_CLASSES = {"MMXU", "XCBR", "CSWI", "ZINV", "MMTR"}


def parse_scl(data: bytes):
    return DET.fromstring(data)


def signal_rows(root) -> list[dict]:
    rows = []
    for ied in root.iter(f"{NS}IED"):
        for ld in ied.iter(f"{NS}LDevice"):
            for ln in ld.findall(f"{NS}LN"):
                ln_class = ln.get("lnClass", "")
                if ln_class not in MAPPED_CLASSES:
                    continue
                rows.append({
                    "ied": ied.get("name", ""),
                    "ld": ld.get("inst", ""),
                    "ln": f"{ln.get('prefix', '')}{ln_class}{ln.get('inst', '')}",
                    "desc": ln.get("desc", ""),
                })
    return rows


def signal_list_csv(data: bytes) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["ied", "ld", "ln", "desc"])
    writer.writeheader()
    writer.writerows(signal_rows(parse_scl(data)))
    return buf.getvalue()
