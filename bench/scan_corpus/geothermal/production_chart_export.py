"""Monthly net-generation chart for the board pack."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from reporting.storage import upload_report_asset  # noqa: E402


def export_generation_chart(month: date, daily_mwh: dict[date, float]) -> str:
    days = sorted(daily_mwh)
    with tempfile.TemporaryDirectory(prefix="boardpack_") as tmp:
        out = Path(tmp) / f"generation_{month:%Y_%m}.png"
        fig, ax = plt.subplots(figsize=(9, 3.5), dpi=120)
        ax.bar(days, [daily_mwh[d] for d in days], width=0.8)
        ax.set_ylabel("Net generation (MWh)")
        ax.set_title(f"Net generation, {month:%B %Y}")
        fig.tight_layout()
        fig.savefig(out)
        plt.close(fig)
        return upload_report_asset(out.name, out.read_bytes())
