"""Import of body-composition scans from the scanner's XML export.

Uploaded by front desk staff via the staff portal; one <Scan> per member
visit.
"""
from datetime import datetime

from defusedxml import ElementTree as DET

FIELD_MAP = {
    "Weight": "weight_kg",
    "BodyFatPercent": "body_fat_pct",
    "SkeletalMuscleMass": "skeletal_muscle_kg",
    "VisceralFatLevel": "visceral_fat_level",
    "BasalMetabolicRate": "bmr_kcal",
}


def parse_scans(xml_bytes: bytes) -> list[dict]:
    root = DET.fromstring(xml_bytes)
    scans = []
    for node in root.iter("Scan"):
        row = {
            "member_ref": node.get("MemberId"),
            "taken_at": datetime.fromisoformat(node.get("Timestamp")),
            "device_serial": node.findtext("DeviceSerial", default="").strip(),
        }
        for tag, column in FIELD_MAP.items():
            value = node.findtext(tag)
            row[column] = float(value) if value not in (None, "") else None
        scans.append(row)
    return scans


def import_upload(upload, scan_repo, max_bytes: int = 5 * 1024 * 1024) -> int:
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("export too large")
    scans = parse_scans(data)
    for scan in scans:
        scan_repo.upsert_from_device(scan)
    return len(scans)
