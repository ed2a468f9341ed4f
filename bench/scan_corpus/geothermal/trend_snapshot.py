"""Renders wellhead trend snapshots as PNG and attaches them to maintenance tickets.

When an operator raises a ticket from the trend viewer, the last 24 h of the
selected tags is rendered and uploaded with the ticket so the maintenance crew
sees what the operator saw.
"""
from __future__ import annotations

import os
import tempfile
from datetime import datetime

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from tickets.cmms import CmmsClient  # noqa: E402


def render_png(series: dict[str, list[tuple[datetime, float]]], title: str) -> str:
    fig, ax = plt.subplots(figsize=(10, 4), dpi=110)
    for tag, points in series.items():
        if points:
            xs, ys = zip(*points)
            ax.plot(xs, ys, label=tag, linewidth=1.2)
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left", fontsize="small")
    fig.autofmt_xdate()
    out_path = tempfile.mktemp(prefix="trend_", suffix=".png")
    fig.savefig(out_path)
    plt.close(fig)
    return out_path


def attach_snapshot(cmms: CmmsClient, ticket_no: str, series: dict, title: str) -> None:
    path = render_png(series, title)
    try:
        with open(path, "rb") as fh:
            cmms.add_attachment(ticket_no, filename=f"{ticket_no}_trend.png", content=fh.read())
    finally:
        os.unlink(path)
