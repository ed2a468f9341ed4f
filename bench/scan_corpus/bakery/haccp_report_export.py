"""Monthly HACCP monitoring report for the food-safety auditor.

Pulls CCP readings (oven core temperatures, metal detector checks, chiller
logs) for a month, renders them to an .xlsx and uploads it to the audit
document bucket.
"""
import os
import tempfile
from datetime import date

import boto3
from openpyxl import Workbook

CCP_SHEETS = ("oven_core_temp", "metal_detector", "chiller")


def build_workbook(readings: dict[str, list[tuple]]) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for ccp in CCP_SHEETS:
        ws = wb.create_sheet(ccp)
        ws.append(["timestamp", "line", "value", "limit", "ok", "checked_by"])
        for row in readings.get(ccp, []):
            ws.append(list(row))
    return wb


def export_month(repo, month: date, bucket: str) -> str:
    readings = {ccp: repo.readings(ccp, month) for ccp in CCP_SHEETS}
    fd, path = tempfile.mkstemp(prefix=f"haccp_{month:%Y-%m}_", suffix=".xlsx")
    try:
        with os.fdopen(fd, "wb") as fh:
            build_workbook(readings).save(fh)
        key = f"haccp/{month:%Y}/{month:%Y-%m}_ccp_monitoring.xlsx"
        boto3.client("s3").upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        os.unlink(path)
    return key
