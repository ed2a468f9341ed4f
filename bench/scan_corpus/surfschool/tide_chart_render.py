"""Render daily tide charts as PNGs and push them to the member app CDN bucket."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from typing import List, Tuple

import boto3
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@dataclass
class TideSeries:
    station: str
    day: date
    points: List[Tuple[float, float]]


def _draw(series: TideSeries, fh) -> None:
    hours = [p[0] for p in series.points]
    heights = [p[1] for p in series.points]
    fig, ax = plt.subplots(figsize=(8, 3), dpi=120)
    ax.plot(hours, heights, color="#1f6fb2", linewidth=2)
    ax.fill_between(hours, heights, min(heights) - 0.2, alpha=0.2, color="#1f6fb2")
    ax.set_xlim(0, 24)
    ax.set_xlabel("Hour")
    ax.set_ylabel("Height (m)")
    ax.set_title(f"{series.station} - {series.day:%a %d %b}")
    fig.tight_layout()
    fig.savefig(fh, format="png")
    plt.close(fig)


def publish_chart(series: TideSeries, bucket: str | None = None) -> str:
    bucket = bucket or os.environ.get("CDN_BUCKET", "saltline-member-cdn")
    key = f"tides/{series.station}/{series.day.isoformat()}.png"
    with tempfile.NamedTemporaryFile(prefix="tide-", suffix=".png") as tmp:
        _draw(series, tmp)
        tmp.flush()
        boto3.client("s3").upload_file(
            tmp.name, bucket, key,
            ExtraArgs={"ContentType": "image/png", "CacheControl": "max-age=3600"},
        )
    return key


if __name__ == "__main__":
    demo = TideSeries("Main Beach", date.today(), [(h / 2, 1.0 + 0.8 * ((h % 25) / 12 - 1)) for h in range(49)])
    print(publish_chart(demo))
