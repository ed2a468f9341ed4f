"""Exports firing curves as PNG charts for the studio's firing records.

After each firing the temperature log is plotted against the planned
schedule and the chart is stored with the firing record.
"""
import os
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from tilemaker.documents import upload_document  # noqa: E402
from tilemaker.firing.repo import firing_readings, firing_schedule_points  # noqa: E402


def plot_firing(firing_id: int, path: str) -> None:
    readings = firing_readings(firing_id)
    planned = firing_schedule_points(firing_id)
    fig, ax = plt.subplots(figsize=(10, 5), dpi=120)
    ax.plot([r.minutes for r in readings], [r.temp_c for r in readings], label="measured")
    ax.plot([p.minutes for p in planned], [p.temp_c for p in planned], "--", label="schedule")
    ax.set_xlabel("minutes")
    ax.set_ylabel("\u00b0C")
    ax.legend()
    fig.savefig(path, format="png")
    plt.close(fig)


def export_chart(firing_id: int) -> str:
    fd, path = tempfile.mkstemp(prefix=f"firing-{firing_id}-", suffix=".png")
    os.close(fd)
    try:
        plot_firing(firing_id, path)
        return upload_document(path, kind="firing_chart", firing_id=firing_id, filename=f"firing-{firing_id}.png")
    finally:
        os.remove(path)
