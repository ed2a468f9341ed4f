"""Export nested plate cutting jobs as NC programs for the plasma tables.

The nesting engine produces part contours for a steel plate; this module
writes the G-code and pushes it to the cutting table's job queue over SFTP.
"""
from __future__ import annotations

import os
from tempfile import mktemp

import paramiko

from nesting.model import NestedPlate


def _gcode(plate: NestedPlate) -> str:
    lines = [
        f"(PLATE {plate.plate_id} {plate.grade} {plate.thickness_mm}MM)",
        "G21 G90",
        f"M03 S{plate.cut_current_a}",
    ]
    for part in plate.parts:
        x0, y0 = part.contour[0]
        lines.append(f"(PART {part.part_no})")
        lines.append(f"G00 X{x0:.2f} Y{y0:.2f}")
        lines.append("M07")
        lines.extend(f"G01 X{x:.2f} Y{y:.2f} F{plate.feed_mm_min}" for x, y in part.contour[1:])
        lines.append("M08")
    lines.append("M05")
    lines.append("M30")
    return "\n".join(lines) + "\n"


def export_to_table(plate: NestedPlate, table_host: str, username: str) -> str:
    local_path = mktemp(suffix=".nc", prefix=f"{plate.plate_id}-")
    with open(local_path, "w", encoding="ascii") as fh:
        fh.write(_gcode(plate))

    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(table_host, username=username, key_filename=os.environ["CUT_TABLE_KEY_FILE"])
    try:
        remote = f"/jobs/incoming/{plate.plate_id}.nc"
        with client.open_sftp() as sftp:
            sftp.put(local_path, remote)
    finally:
        client.close()
        os.unlink(local_path)
    return remote
