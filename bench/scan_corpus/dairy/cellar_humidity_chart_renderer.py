"""Renders weekly humidity and temperature charts for aging cellars.

Charts are attached to the affineur's weekly report e-mail so that
drift in a cellar's climate can be spotted before rind defects appear.
"""
from __future__ import annotations

import os
import smtplib
import tempfile
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@dataclass
class ClimateSample:
    taken_at: datetime
    humidity_pct: float
    temp_c: float


class ChartRenderer:
    suffix = ".png"
    workdir = "/tmp/cellar-charts"

    def scratch_path(self, cellar_id: str) -> str:
        Path(self.workdir).mkdir(parents=True, exist_ok=True)
        return tempfile.mktemp(suffix=self.suffix, prefix=f"{cellar_id}-", dir=self.workdir)

    def render(self, cellar_id: str, samples: list[ClimateSample]) -> str:
        times = [s.taken_at for s in samples]
        fig, ax_h = plt.subplots(figsize=(9, 4))
        ax_h.plot(times, [s.humidity_pct for s in samples], color="tab:blue")
        ax_h.set_ylabel("RH %")
        ax_t = ax_h.twinx()
        ax_t.plot(times, [s.temp_c for s in samples], color="tab:red")
        ax_t.set_ylabel("deg C")
        ax_h.set_title(f"Cellar {cellar_id}")
        out = self.scratch_path(cellar_id)
        fig.savefig(out, dpi=110)
        plt.close(fig)
        return out


def send_report(cellar_id: str, samples: list[ClimateSample], recipient: str) -> None:
    chart = ChartRenderer().render(cellar_id, samples)
    msg = EmailMessage()
    msg["Subject"] = f"Weekly climate report - cellar {cellar_id}"
    msg["From"] = "cellars@valleydairy.example"
    msg["To"] = recipient
    msg.set_content("Weekly humidity and temperature chart attached.")
    msg.add_attachment(Path(chart).read_bytes(), maintype="image", subtype="png",
                       filename=f"{cellar_id}.png")
    with smtplib.SMTP(os.environ.get("SMTP_RELAY", "localhost")) as smtp:
        smtp.send_message(msg)
    Path(chart).unlink(missing_ok=True)
