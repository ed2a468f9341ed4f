"""Run the panel nesting solver for the joinery shop's sheet goods orders.

Customers order cut-to-size plywood and OSB; the solver packs the parts onto
2440x1220 sheets. Part names and the order reference come from the web form.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SOLVER = os.environ.get("NESTING_SOLVER", "/opt/nest/bin/nestsolve")
SOLVER_TIMEOUT = 120


def solve(order_ref: str, sheet: dict, parts: list[dict]) -> dict:
    with tempfile.TemporaryDirectory(prefix="nest-") as tmp:
        work = Path(tmp)
        parts_file = work / "parts.json"
        result_file = work / "layout.json"
        parts_file.write_text(json.dumps({"sheet": sheet, "parts": parts}))
        args = [
            SOLVER,
            "--reference", order_ref,
            "--kerf", str(sheet.get("kerf_mm", 4)),
            "--input", str(parts_file),
            "--output", str(result_file),
        ]
        proc = subprocess.run(args, capture_output=True, text=True, timeout=SOLVER_TIMEOUT, check=False)
        if proc.returncode != 0:
            log.error("nesting solver failed for %s: %s", order_ref, proc.stderr.strip()[:500])
            raise RuntimeError(f"nesting failed for order {order_ref}")
        return json.loads(result_file.read_text())


def sheets_needed(layout: dict) -> int:
    return len(layout.get("sheets", []))
