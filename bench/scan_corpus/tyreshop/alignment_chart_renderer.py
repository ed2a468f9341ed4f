"""Renders before/after alignment charts for the customer report.

The customer copy of the alignment report contains a bar chart of camber
and toe per wheel, before and after adjustment. The chart is drawn with
matplotlib into a scratch file and then embedded in the PDF.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

WHEELS = ["FL", "FR", "RL", "RR"]


@dataclass
class WheelReading:
    camber_before: float
    camber_after: float
    toe_before: float
    toe_after: float


def draw_chart(readings: dict[str, WheelReading], out: Path) -> Path:
    fig, (ax_camber, ax_toe) = plt.subplots(1, 2, figsize=(8, 3), dpi=150)
    x = range(len(WHEELS))
    width = 0.38
    for ax, attr, title in (
        (ax_camber, "camber", "Camber (deg)"),
        (ax_toe, "toe", "Toe (deg)"),
    ):
        before = [getattr(readings[w], f"{attr}_before") for w in WHEELS]
        after = [getattr(readings[w], f"{attr}_after") for w in WHEELS]
        ax.bar([i - width / 2 for i in x], before, width, label="Before", color="#b0b0b0")
        ax.bar([i + width / 2 for i in x], after, width, label="After", color="#1f6fb2")
        ax.set_xticks(list(x), WHEELS)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set_title(title)
    ax_toe.legend(loc="upper right", fontsize=7)
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out


def chart_png_bytes(readings: dict[str, WheelReading]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="align-chart-") as scratch:
        png = draw_chart(readings, Path(scratch) / "chart.png")
        return png.read_bytes()


def chart_to_file(readings: dict[str, WheelReading]) -> Path:
    fd, name = tempfile.mkstemp(prefix="align-chart-", suffix=".png")
    with open(fd, "wb") as fh:
        fh.write(chart_png_bytes(readings))
    return Path(name)
