"""Export historian tag values to CSV and hand them to the reporting share.

Run nightly by cron on the SCADA DMZ host:

    python -m ops.scada_tag_export --tags PS01.FLOW,PS01.PRESSURE --day 2024-05-01
"""
import argparse
import csv
import datetime as dt
import os
import shutil
import tempfile

from ops.historian import HistorianClient

REPORT_SHARE = os.environ.get("SCADA_REPORT_SHARE", "/srv/reports/scada")


def export_tags(client: HistorianClient, tags: list[str], day: dt.date) -> str:
    start = dt.datetime.combine(day, dt.time.min)
    end = start + dt.timedelta(days=1)

    scratch_path = tempfile.mktemp(suffix=".csv", prefix="scada_")
    with open(scratch_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["timestamp", "tag", "value", "quality"])
        for tag in tags:
            for sample in client.interpolated(tag, start, end, interval="5m"):
                writer.writerow([sample.timestamp.isoformat(), tag, sample.value, sample.quality])

    final_path = os.path.join(REPORT_SHARE, f"scada_{day:%Y%m%d}.csv")
    shutil.move(scratch_path, final_path)
    return final_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tags", required=True, help="comma separated tag names")
    parser.add_argument(
        "--day",
        type=dt.date.fromisoformat,
        default=dt.date.today() - dt.timedelta(days=1),
    )
    args = parser.parse_args()

    client = HistorianClient.from_env()
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    path = export_tags(client, tags, args.day)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
