"""Renders SPC control charts to PNG for the shift report e-mail."""
import os
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def render_chart(parameter: str, values: list[float], ucl: float, lcl: float, target: float) -> str:
    """Draw the chart and return the path of a PNG the caller must delete."""
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.plot(range(1, len(values) + 1), values, marker="o", linewidth=1)
    for level, style in ((ucl, "r--"), (lcl, "r--"), (target, "g-")):
        ax.axhline(level, color=style[0], linestyle=style[1:])
    ooc = [(i + 1, v) for i, v in enumerate(values) if v > ucl or v < lcl]
    if ooc:
        ax.scatter(*zip(*ooc), color="red", zorder=3)
    ax.set_title(parameter)
    ax.set_xlabel("sample")

    fd, path = tempfile.mkstemp(prefix="spc_", suffix=".png")
    try:
        with os.fdopen(fd, "wb") as fh:
            fig.savefig(fh, format="png", dpi=110, bbox_inches="tight")
    finally:
        plt.close(fig)
    return path


def render_many(charts: dict) -> dict:
    return {name: render_chart(name, **spec) for name, spec in charts.items()}
