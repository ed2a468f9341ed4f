"""Renders firing curves as PNGs for the kiln log binder.

Each firing log (CSV of time vs. thermocouple reading) is plotted with
gnuplot so the glass painters can compare paint firings at a glance.
"""
from __future__ import annotations

import csv
import subprocess
from dataclasses import dataclass
from pathlib import Path

GNUPLOT = "/usr/bin/gnuplot"


@dataclass(frozen=True)
class PlotJob:
    log_csv: Path
    output_png: Path
    title: str
    peak_c: float


class GnuplotScript:
    template = (
        "set terminal pngcairo size 1200,600\n"
        "set datafile separator ','\n"
        "set xlabel 'minutes'\nset ylabel 'deg C'\n"
        "set yrange [0:{ymax}]\n"
        "set output ARG3\n"
        "plot ARG1 using 1:2 with lines title ARG2\n"
    )

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir

    def write(self, peak_c: float) -> Path:
        script = self.workdir / "firing.gp"
        script.write_text(self.template.format(ymax=int(peak_c * 1.1)))
        return script


class CurvePlotter:
    def __init__(self, workdir: Path) -> None:
        self.script = GnuplotScript(workdir)

    def argv(self, job: PlotJob, script: Path) -> list[str]:
        return [GNUPLOT, "-c", str(script), str(job.log_csv), job.title, str(job.output_png)]

    def plot(self, job: PlotJob) -> None:
        script = self.script.write(job.peak_c)
        subprocess.run(self.argv(job, script), check=True, capture_output=True, timeout=60)


def peak_from_csv(path: Path) -> float:
    with path.open(newline="") as fh:
        return max(float(row[1]) for row in csv.reader(fh) if row and row[0][0].isdigit())


if __name__ == "__main__":
    logs = Path("/srv/studio/kiln-logs")
    plotter = CurvePlotter(Path("/srv/studio/plots"))
    for csv_path in sorted(logs.glob("*.csv")):
        plotter.plot(PlotJob(csv_path, csv_path.with_suffix(".png"), csv_path.stem, peak_from_csv(csv_path)))
