"""Nightly CSV export of wheelset measurements for each operator.

Operators pull the export from their S3 prefix to feed their own wheel wear
prediction models.
"""
import csv
import os
import tempfile
from datetime import date

import boto3
from sqlalchemy import select
from sqlalchemy.orm import Session

from wheeltapper.config import settings
from wheeltapper.models import Measurement

COLUMNS = [
    "vehicle_number", "axle_position", "wheel_side", "tread_diameter_mm",
    "flange_thickness_mm", "flange_height_mm", "qr_mm", "inspected_on", "depot_code",
]


def _rows(session: Session, operator_code: str, day: date):
    stmt = (
        select(Measurement)
        .where(Measurement.operator_code == operator_code, Measurement.inspected_on == day)
        .order_by(Measurement.vehicle_number, Measurement.axle_position)
    )
    for m in session.scalars(stmt):
        yield [getattr(m, c) for c in COLUMNS]


def write_export(session: Session, operator_code: str, day: date) -> str:
    path = tempfile.mktemp(prefix=f"wt_{operator_code}_", suffix=".csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(_rows(session, operator_code, day))
    return path


def publish_export(session: Session, operator_code: str, day: date) -> str:
    local = write_export(session, operator_code, day)
    key = f"exports/{operator_code}/measurements_{day:%Y%m%d}.csv"
    try:
        boto3.client("s3").upload_file(local, settings.EXPORT_BUCKET, key)
    finally:
        os.remove(local)
    return key
