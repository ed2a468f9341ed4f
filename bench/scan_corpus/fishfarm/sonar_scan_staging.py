"""Stages echo-sounder biomass scans for the estimation pipeline.

Hydroacoustic scans of each pen are fetched from the barge share, converted
to the pipeline's format by a vendor CLI, and handed to the estimator.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import Callable

import requests

SCAN_SHARE = os.environ.get("SONAR_SHARE_URL", "")


def _download_to(fd: int, url: str) -> None:
    with requests.get(url, stream=True, timeout=60) as resp, os.fdopen(fd, "wb") as out:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=1 << 20):
            out.write(chunk)


def estimate_from_scan(site: str, pen: str, scan_name: str, estimator: Callable[[Path], float]) -> float:
    url = f"{SCAN_SHARE}/{site}/{pen}/{scan_name}"
    with tempfile.TemporaryDirectory(prefix="sonar-") as workdir:
        fd, raw_path = tempfile.mkstemp(suffix=".raw", dir=workdir)
        _download_to(fd, url)
        converted = Path(workdir) / "scan.nc"
        subprocess.run(
            ["echoconv", "--input", raw_path, "--output", str(converted), "--format", "netcdf"],
            check=True,
            timeout=600,
        )
        return estimator(converted)


def estimate_pen(site: str, pen: str, scans: list[str], estimator: Callable[[Path], float]) -> float:
    values = [estimate_from_scan(site, pen, s, estimator) for s in scans]
    if not values:
        raise ValueError(f"no scans for {site}/{pen}")
    values.sort()
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
