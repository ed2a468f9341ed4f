"""Weekly material order sheet for the yard manager.

Collates the lime, hair, sand and pigment lines from every confirmed job
for the coming week into a CSV and uploads it to the shared operations
bucket for the yard manager to place consolidated orders.
"""
import csv
import os
import tempfile
from datetime import date

import boto3

from pargeter.config import settings
from pargeter.orders import material_lines_for_week

FIELDS = ["site_ref", "material", "unit", "quantity", "needed_by", "supplier"]


def write_order_sheet(week_start: date) -> str:
    fd, path = tempfile.mkstemp(prefix=f"materials-{week_start:%Y%m%d}-", suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for line in material_lines_for_week(week_start):
            writer.writerow(
                {
                    "site_ref": line.site_ref,
                    "material": line.material,
                    "unit": line.unit,
                    "quantity": line.quantity,
                    "needed_by": line.needed_by.isoformat(),
                    "supplier": line.supplier_name,
                }
            )
    return path


def publish_order_sheet(week_start: date) -> str:
    path = write_order_sheet(week_start)
    key = f"material-orders/{week_start:%Y/%m%d}.csv"
    try:
        boto3.client("s3").upload_file(path, settings.OPS_BUCKET, key)
    finally:
        os.remove(path)
    return key
