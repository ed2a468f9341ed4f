"""Exports a round sheet as CSV for hauliers who subcontract collections."""
import csv
import os
import tempfile
from datetime import date

import boto3

from knacker.config import settings
from knacker.routing.rounds import rounds_for

COLUMNS = ("round_id", "stop", "cph", "holding_name", "postcode", "species", "count", "eta")


def _rows(day: date):
    for rnd in rounds_for(day):
        for idx, stop in enumerate(rnd["stops"], start=1):
            for animal in stop["animals"]:
                yield {
                    "round_id": rnd["id"],
                    "stop": idx,
                    "cph": stop["cph"],
                    "holding_name": stop["holding_name"],
                    "postcode": stop["postcode"],
                    "species": animal["species"],
                    "count": animal["count"],
                    "eta": stop["eta"].strftime("%H:%M"),
                }


def export_round_sheet(day: date, haulier_code: str) -> str:
    fd, path = tempfile.mkstemp(prefix=f"rounds-{day:%Y%m%d}-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(_rows(day))
        key = f"hauliers/{haulier_code}/rounds-{day.isoformat()}.csv"
        boto3.client("s3").upload_file(path, settings.EXPORT_BUCKET, key)
        return key
    finally:
        os.unlink(path)
